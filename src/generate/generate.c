/* generate: linked modules -> the ukernel tiles they call that no library
 * provides, as bitcode; the linked modules are left as they are.
 *
 * Link listed the missing tile entries of each target (sorted and distinct).
 * Each is generated once per target, in -j workers (processes when isolating,
 * else threads), each with an LLVMContext of its own: worker item w is the
 * w-th contiguous block of the names, built into one module, verified and
 * kept as bitcode. Optimize links the blocks in order, so the function order
 * is the names' whatever -j is. (One module per tile would make linking
 * quadratic: the IR mover walks the whole destination on every link.)
 *
 * After this stage every listed tile has a body in some block; a name that
 * parses but cannot be generated is an error naming the inputs that
 * reference it. */
#include "generate/generate.h"

#include <llvm-c/Analysis.h>
#include <stdlib.h>
#include <string.h>

typedef struct tile_job {
  char *const *names;
  uk_mmt4d_name *parsed;
  uint32_t n;
  const char *triple;
  const char *tune_cpu; /* the target's CPU: the tiles are tuned for it */
  uint32_t blocks;
  uk_buf *out; /* bitcode per block */
} tile_job;

static uint32_t block_start(const tile_job *j, uint32_t w) { return (uint32_t)((uint64_t)j->n * w / j->blocks); }

/* Block w's tiles in one module of a context of its own, verified, as
 * bitcode; false if verification fails (an internal error). */
static bool generate_block(uk_context *wctx, uint32_t w, uk_buf *out, void *arg) {
  (void)wctx;
  const tile_job *j = arg;
  LLVMContextRef c = uk_llvm_context(NULL);
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("uklink.generated", c);
  LLVMSetTarget(m, j->triple);
  for (uint32_t i = block_start(j, w); i < block_start(j, w + 1); i++)
    uk_generate_tile(m, &j->parsed[i], j->names[i], j->tune_cpu);
  char *msg = NULL;
  bool ok = LLVMVerifyModule(m, LLVMReturnStatusAction, &msg) == 0;
  if (ok) uk_write_bitcode(m, out);
  LLVMDisposeMessage(msg);
  LLVMDisposeModule(m);
  LLVMContextDispose(c);
  return ok;
}

static void take_block(uk_context *ctx, uint32_t w, bool ok, uk_buf *result, void *arg) {
  tile_job *j = arg;
  if (!ok) {
    uk_error(ctx, NULL, j->names[block_start(j, w)], "internal error: generating this ukernel failed");
    return;
  }
  j->out[w] = *result;
  *result = (uk_buf){0};
}

static void block_died(uk_context *ctx, uint32_t w, const char *why, void *arg) {
  tile_job *j = arg;
  uk_error(ctx, NULL, j->names[block_start(j, w)], "internal error: generating this ukernel failed (%s)", why);
}

/* The inputs of target t that declare name, for the error message. */
static char *referencing_inputs(const uk_inputs *in, const uk_target *t, const char *name) {
  uk_buf b = {0};
  uint32_t found = 0;
  for (uint32_t i = 0; i < t->num_modules; i++) {
    const uk_module *m = &in->modules[t->modules[i]];
    for (uint32_t f = 0; f < m->num_fns; f++)
      if (!m->fns[f].is_definition && !strcmp(m->fns[f].name, name)) {
        if (found++ < 3) {
          if (b.len) uk_buf_put(&b, ", ", 2);
          uk_buf_put(&b, m->path, strlen(m->path));
        }
        break;
      }
  }
  if (found > 3) {
    char more[32];
    int n = snprintf(more, sizeof more, " and %u more", found - 3);
    uk_buf_put(&b, more, (size_t)n);
  }
  if (!found) uk_buf_put(&b, "a specialized iree_uk_mmt4d call", 32);
  uk_buf_u8(&b, 0);
  return (char *)b.data;
}

static bool generate_target(uk_context *ctx, const uk_inputs *in, const uk_target *t, const uk_linked_target *lt,
                            uk_tiles_target *out) {
  char *arch = uk_triple_arch(t->triple);
  uint32_t n = lt->num_tiles;
  uint32_t jobs = uk_jobs(ctx);
  tile_job job = {.names = lt->tiles, .n = n, .triple = t->triple, .tune_cpu = t->cpu, .blocks = n < jobs ? n : jobs};
  job.parsed = uk_xcalloc(n + 1, sizeof *job.parsed);
  bool ok = true;
  for (uint32_t i = 0; i < n; i++) {
    char why[96] = "";
    uk_parse_mmt4d_name(lt->tiles[i], &job.parsed[i]);
    if (strcmp(job.parsed[i].arch, arch) != 0) snprintf(why, sizeof why, "it is for %s, not %s", job.parsed[i].arch, arch);
    if (*why || !uk_tile_generatable(&job.parsed[i], why, sizeof why)) {
      char *refs = referencing_inputs(in, t, lt->tiles[i]);
      uk_error(ctx, NULL, lt->tiles[i], "ukernel neither found nor generated (%s); referenced by %s", why, refs);
      free(refs);
      ok = false;
    }
  }
  free(arch);
  job.out = uk_xcalloc(job.blocks + 1, sizeof *job.out);
  if (ok && n) {
    uk_map m = {.name = "generate ukernels",
                .n = job.blocks,
                .jobs = job.blocks,
                .mode = uk_isolating_mode(ctx, UK_MAP_THREADS),
                .run = generate_block,
                .take = take_block,
                .died = block_died,
                .arg = &job};
    ok = uk_map_run(ctx, &m);
  }
  free(job.parsed);
  if (!ok) {
    for (uint32_t w = 0; w < job.blocks; w++) uk_buf_free(&job.out[w]);
    free(job.out);
    return false;
  }
  out->blocks = job.out;
  out->num_blocks = n ? job.blocks : 0;
  uk_stats_for(ctx, t->triple)->ukernels_generated += n;
  return true;
}

uk_tiles *uk_generate(uk_context *ctx, const uk_inputs *inputs, const uk_linked *linked) {
  if (!inputs || !linked) return NULL;
  double t0 = uk_now();
  double cpu0 = uk_cpu_now();
  uk_tiles *tiles = uk_xcalloc(1, sizeof *tiles);
  tiles->num_targets = linked->num_targets;
  tiles->targets = uk_xcalloc(linked->num_targets, sizeof *tiles->targets);
  bool ok = true;
  for (uint32_t k = 0; k < linked->num_targets && ok; k++)
    ok = generate_target(ctx, inputs, &inputs->targets[k], &linked->targets[k], &tiles->targets[k]);
  ctx->stage_seconds[UK_STAGE_GENERATE] += uk_now() - t0;
  ctx->stage_cpu_seconds[UK_STAGE_GENERATE] += uk_cpu_now() - cpu0;
  uk_trace(ctx, "generate", t0, uk_now(), 0);
  if (!ok) {
    uk_tiles_free(tiles);
    return NULL;
  }
  return tiles;
}

void uk_tiles_free(uk_tiles *tiles) {
  if (!tiles) return;
  for (uint32_t k = 0; k < tiles->num_targets; k++) {
    for (uint32_t w = 0; w < tiles->targets[k].num_blocks; w++) uk_buf_free(&tiles->targets[k].blocks[w]);
    free(tiles->targets[k].blocks);
  }
  free(tiles->targets);
  free(tiles);
}
