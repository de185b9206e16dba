/* The context: options, diagnostics, timers and statistics of one run. No
 * globals: two contexts can run on two threads. */
#include "support/support.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void add_line(uk_context *ctx, bool warning, char *line);

void uk_context_clear(uk_context *ctx) {
  for (size_t i = 0; i < ctx->num_diags; i++) free(ctx->diags[i]);
  free(ctx->diags);
  free(ctx->diag_warning);
  for (uint32_t i = 0; i < ctx->num_tstats; i++) free(ctx->tstats[i].triple);
  free(ctx->tstats);
  for (uint32_t i = 0; i < ctx->num_reasons; i++) free(ctx->reasons[i].reason);
  free(ctx->reasons);
  for (uint32_t i = 0; i < ctx->num_near_reasons; i++) free(ctx->near_reasons[i].reason);
  free(ctx->near_reasons);
  ctx->near_reasons = NULL;
  ctx->num_near_reasons = 0;
  for (uint32_t i = 0; i < ctx->num_groups; i++) {
    uk_group_report *g = &ctx->groups[i];
    free(g->triple);
    free(g->canonical);
    for (uint32_t j = 0; j < g->num_members; j++) free(g->members[j]);
    free(g->members);
  }
  free(ctx->groups);
  for (uint32_t i = 0; i < ctx->num_trace; i++) free(ctx->trace[i].name);
  free(ctx->trace);
  for (uint32_t i = 0; i < ctx->cache.num_units; i++) {
    free(ctx->cache.units[i].unit);
    free(ctx->cache.units[i].triple);
    free(ctx->cache.units[i].cpu);
    free(ctx->cache.units[i].features);
  }
  free(ctx->cache.units);
  ctx->cache = (uk_cache_stats){0};
  ctx->diags = NULL;
  ctx->diag_warning = NULL;
  ctx->num_diags = 0;
  ctx->tstats = NULL;
  ctx->num_tstats = 0;
  ctx->reasons = NULL;
  ctx->num_reasons = 0;
  ctx->groups = NULL;
  ctx->num_groups = 0;
  ctx->trace = NULL;
  ctx->num_trace = 0;
}

void uk_move_diags(uk_context *to, uk_context *from) {
  for (size_t i = 0; i < from->num_diags; i++) {
    add_line(to, from->diag_warning[i], from->diags[i]);
    from->diags[i] = NULL;
  }
  from->num_diags = 0;
}



static void add_diag(uk_context *ctx, bool warning, const char *file, const char *symbol, const char *fmt,
                     va_list ap) {
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  char *msg = uk_xmalloc((size_t)n + 1);
  vsnprintf(msg, (size_t)n + 1, fmt, again);
  va_end(again);
  /* One line per diagnostic, whatever LLVM's message held. */
  for (char *p = msg; *p; p++)
    if (*p == '\n' || *p == '\r') *p = ' ';
  char *line;
  if (file && symbol)
    line = uk_format("%s: '%s': %s", file, symbol, msg);
  else if (file)
    line = uk_format("%s: %s", file, msg);
  else if (symbol)
    line = uk_format("'%s': %s", symbol, msg);
  else
    line = uk_xstrdup(msg);
  free(msg);
  add_line(ctx, warning, line);
}

void uk_error(uk_context *ctx, const char *file, const char *symbol, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_diag(ctx, false, file, symbol, fmt, ap);
  va_end(ap);
}

void uk_warning(uk_context *ctx, const char *file, const char *symbol, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  add_diag(ctx, true, file, symbol, fmt, ap);
  va_end(ap);
}

static void add_line(uk_context *ctx, bool warning, char *line) {
  ctx->diags = uk_xrealloc(ctx->diags, (ctx->num_diags + 1) * sizeof *ctx->diags);
  ctx->diag_warning = uk_xrealloc(ctx->diag_warning, (ctx->num_diags + 1) * sizeof *ctx->diag_warning);
  ctx->diag_warning[ctx->num_diags] = warning;
  ctx->diags[ctx->num_diags++] = line;
  if (!warning) ctx->errors = true;
}

void uk_put_diags(uk_buf *b, const uk_context *ctx, size_t from) {
  uk_buf_uv(b, ctx->num_diags - from);
  for (size_t i = from; i < ctx->num_diags; i++) {
    uk_buf_u8(b, ctx->diag_warning[i]);
    uk_buf_str(b, ctx->diags[i], strlen(ctx->diags[i]));
  }
}

void uk_take_diags(uk_context *ctx, uk_reader *r) {
  uint64_t n = uk_read_uv(r);
  for (uint64_t i = 0; i < n && !r->bad; i++) {
    bool warning = uk_read_u8(r);
    size_t len;
    const char *s = uk_read_str(r, &len);
    if (s) add_line(ctx, warning, uk_xstrndup(s, len));
  }
}

size_t uk_diag_count(const uk_context *ctx) { return ctx->num_diags; }
const char *uk_diag_message(const uk_context *ctx, size_t i) {
  return i < ctx->num_diags ? ctx->diags[i] : NULL;
}
bool uk_diag_is_warning(const uk_context *ctx, size_t i) { return i < ctx->num_diags && ctx->diag_warning[i]; }
bool uk_has_errors(const uk_context *ctx) { return ctx->errors; }

static void count_in(uk_reason_count **list, uint32_t *num, const char *reason, uint32_t n) {
  for (uint32_t i = 0; i < *num; i++)
    if (strcmp((*list)[i].reason, reason) == 0) {
      (*list)[i].count += n;
      return;
    }
  *list = uk_xrealloc(*list, (*num + 1) * sizeof **list);
  (*list)[(*num)++] = (uk_reason_count){uk_xstrdup(reason), n};
}

void uk_count_reason(uk_context *ctx, const char *reason) { count_in(&ctx->reasons, &ctx->num_reasons, reason, 1); }

void uk_count_near_reason(uk_context *ctx, const char *reason, uint32_t n) {
  count_in(&ctx->near_reasons, &ctx->num_near_reasons, reason, n);
}

uk_target_stats *uk_stats_for(uk_context *ctx, const char *triple) {
  for (uint32_t i = 0; i < ctx->num_tstats; i++)
    if (strcmp(ctx->tstats[i].triple, triple) == 0) return &ctx->tstats[i];
  ctx->tstats = uk_xrealloc(ctx->tstats, (ctx->num_tstats + 1) * sizeof *ctx->tstats);
  uk_target_stats *s = &ctx->tstats[ctx->num_tstats++];
  *s = (uk_target_stats){.triple = uk_xstrdup(triple)};
  return s;
}

void uk_trace(uk_context *ctx, const char *name, double start, double end, uint32_t tid) {
  if (!ctx->opts.time_trace) return;
  ctx->trace = uk_xrealloc(ctx->trace, (ctx->num_trace + 1) * sizeof *ctx->trace);
  ctx->trace[ctx->num_trace++] = (uk_trace_event){uk_xstrdup(name), start, end, tid};
}

void uk_add_group(uk_context *ctx, uk_group_report group) {
  ctx->groups = uk_xrealloc(ctx->groups, (ctx->num_groups + 1) * sizeof *ctx->groups);
  ctx->groups[ctx->num_groups++] = group;
}

unsigned uk_jobs(const uk_context *ctx) {
  if (ctx->opts.jobs) return ctx->opts.jobs;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (unsigned)n : 1;
}

