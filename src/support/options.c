/* A context's start and end: the options copied in, LLVM's targets set up,
 * the host's CPU read; and everything freed again. */
#include "support/support.h"

#include <stdlib.h>

void uk_options_init(uk_options *o) {
  *o = (uk_options){.opt_level = 2, .emit = UK_EMIT_SHARED, .isolate = true};
}

static char *dup_or_null(const char *s) { return s ? uk_xstrdup(s) : NULL; }

static const char *const *dup_list(const char *const *list, size_t n) {
  char **out = uk_xcalloc(n, sizeof *out);
  for (size_t i = 0; i < n; i++) out[i] = uk_xstrdup(list[i]);
  return (const char *const *)out;
}

static void free_list(const char *const *list, size_t n) {
  for (size_t i = 0; i < n; i++) free((char *)list[i]);
  free((void *)list);
}

uk_context *uk_context_create(const uk_options *opts) {
  uk_context *ctx = uk_xcalloc(1, sizeof *ctx);
  ctx->opts = *opts;
  ctx->opts.inputs = dup_list(opts->inputs, opts->num_inputs);
  ctx->opts.targets = dup_list(opts->targets, opts->num_targets);
  ctx->opts.cpu = dup_or_null(opts->cpu);
  ctx->opts.features = dup_or_null(opts->features);
  ctx->opts.output = dup_or_null(opts->output);
  ctx->opts.out_dir = dup_or_null(opts->out_dir);
  ctx->opts.ukernels = dup_or_null(opts->ukernels);
  ctx->opts.report_path = dup_or_null(opts->report_path);
  ctx->opts.time_trace_path = dup_or_null(opts->time_trace_path);
  ctx->opts.cache_dir = dup_or_null(opts->cache_dir);
  ctx->opts.cache_remote = dup_or_null(opts->cache_remote);
  uk_llvm_init();
  uk_host_cpu_detect(&ctx->host);
  ctx->created_at = uk_now();
  return ctx;
}

void uk_context_destroy(uk_context *ctx) {
  if (!ctx) return;
  free_list(ctx->opts.inputs, ctx->opts.num_inputs);
  free_list(ctx->opts.targets, ctx->opts.num_targets);
  free((char *)ctx->opts.cpu);
  free((char *)ctx->opts.features);
  free((char *)ctx->opts.output);
  free((char *)ctx->opts.out_dir);
  free((char *)ctx->opts.ukernels);
  uk_host_cpu_free(&ctx->host);
  free((char *)ctx->opts.report_path);
  free((char *)ctx->opts.time_trace_path);
  free((char *)ctx->opts.cache_dir);
  free((char *)ctx->opts.cache_remote);
  uk_context_clear(ctx);
  free(ctx);
}

const char *uk_version(void) { return UKLINK_VERSION; }
