/* TEMPORARY stand-in for the parallel map (being written on another branch):
 * one forked child per item, in order. */
#include "support/support.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct one {
  const uk_map *m;
  uk_context *ctx;
  uint32_t i;
} one;

static int child(uint32_t w, int fd, void *arg) {
  (void)w;
  one *o = arg;
  uk_context wctx = {.opts = o->ctx->opts, .host = o->ctx->host};
  uk_buf out = {0};
  bool ok = o->m->run(&wctx, o->i, &out, o->m->arg);
  uk_buf rec = {0};
  uk_buf_u8(&rec, ok);
  uk_buf_uv(&rec, out.len);
  uk_buf_put(&rec, out.data, out.len);
  uk_put_diags(&rec, &wctx, 0);
  return uk_write_all(fd, rec.data, rec.len) ? 0 : 3;
}

uk_map_mode uk_isolating_mode(const uk_context *ctx) { return ctx->opts.isolate ? UK_MAP_PROCESSES : UK_MAP_THREADS; }

bool uk_map_run(uk_context *ctx, const uk_map *m) {
  bool all = true;
  for (uint32_t i = 0; i < m->n; i++) {
    if (m->mode != UK_MAP_PROCESSES) {
      uk_context wctx = {.opts = ctx->opts, .host = ctx->host};
      uk_buf out = {0};
      bool ok = m->run(&wctx, i, &out, m->arg);
      for (size_t d = 0; d < wctx.num_diags; d++) {
        if (wctx.diag_warning[d]) uk_warning(ctx, NULL, NULL, "%s", wctx.diags[d]);
        else uk_error(ctx, NULL, NULL, "%s", wctx.diags[d]);
        free(wctx.diags[d]);
      }
      free(wctx.diags);
      free(wctx.diag_warning);
      if (m->take) m->take(ctx, i, ok, &out, m->arg);
      uk_buf_free(&out);
      all &= ok;
      continue;
    }
    one o = {m, ctx, i};
    pid_t pid;
    int fd;
    if (uk_start_workers(ctx, 1, child, &o, &pid, &fd) != 1) return false;
    uk_buf b = {0};
    uk_drain_pipes(&fd, &b, 1, NULL, NULL, NULL);
    close(fd);
    int status = uk_wait(pid);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !b.len) {
      const char *why = uk_last_fatal_reason();
      if (!why) why = WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "exit status";
      if (m->died) m->died(ctx, i, why, m->arg);
      else uk_error(ctx, NULL, NULL, "a worker died: %s", why);
      all = false;
      uk_buf_free(&b);
      continue;
    }
    uk_reader r = {b.data, b.data + b.len, false};
    bool ok = uk_read_u8(&r);
    uint64_t len = uk_read_uv(&r);
    const uint8_t *p = uk_read_bytes(&r, len);
    uk_buf out = {0};
    if (p) uk_buf_put(&out, p, len);
    uk_take_diags(ctx, &r);
    if (m->take) m->take(ctx, i, ok, &out, m->arg);
    uk_buf_free(&out);
    uk_buf_free(&b);
    all &= ok;
  }
  return all;
}
