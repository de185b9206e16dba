/* uk_run: the pipeline, every stage in order, each result freed as soon as
 * no later stage takes it. */
#include "codegen/codegen.h"

bool uk_run(uk_context *ctx) {
  uk_inputs *inputs = uk_collect(ctx);
  uk_plan *plan = uk_dedupe(ctx, inputs);
  uk_linked *linked = uk_link(ctx, inputs, plan);
  uk_tiles *tiles = uk_generate(ctx, inputs, linked);
  uk_optimized *optimized = uk_optimize(ctx, inputs, linked, tiles);
  uk_tiles_free(tiles);
  uk_linked_free(linked);
  uk_plan_free(plan);
  uk_outputs *outputs = uk_codegen(ctx, inputs, optimized);
  uk_optimized_free(optimized);
  bool ok = uk_write(ctx, outputs);
  uk_outputs_free(outputs);
  uk_inputs_free(inputs);
  return ok && !uk_has_errors(ctx);
}
