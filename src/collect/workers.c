/* Workers: run uk_summarize_file over every input, -j at a time.
 *
 * With isolation (the default), workers are child processes. LLVM's bitcode
 * reader can crash or abort on a corrupted file; in a child that costs the
 * child, and the parent names the file it was reading. Child w reads files
 * w, w+n, w+2n, ... in that order and writes one record per file
 * ([u32 index][u64 length][summary]) to its pipe, so the first file without a
 * record is the one a dead child was reading. The parent drains every pipe
 * with poll(), so no child blocks on a full pipe, and hands each record on as
 * soon as it is complete, so that summaries do not pile up in memory.
 *
 * Without isolation, workers are threads taking files from a shared counter.
 * Either way each file's summary lands in its own module, so the result does
 * not depend on the number of workers or on timing. */
#include "collect/collect.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct job {
  uk_module *mods;
  uint32_t n, stride;
} job;

static int child_main(uint32_t first, int fd, void *arg) {
  job *j = arg;
  for (uint32_t i = first; i < j->n; i += j->stride) {
    uk_buf blob = {0};
    uk_summarize_file(j->mods[i].path, &blob);
    uint32_t idx = i;
    uint64_t len = blob.len;
    bool ok = uk_write_all(fd, &idx, sizeof idx) && uk_write_all(fd, &len, sizeof len) &&
              uk_write_all(fd, blob.data, blob.len);
    uk_buf_free(&blob);
    if (!ok) return 3;
  }
  return 0;
}

/* Hands every complete record at the front of in to take, and removes
 * them; false if a record is malformed. */
static bool take_records(uk_buf *in, uk_module *mods, uint32_t n, uk_summary_fn take, void *arg) {
  uk_reader r = {in->data, in->data + in->len, false};
  bool ok = true;
  for (;;) {
    const uint8_t *start = r.p;
    const uint8_t *hdr = uk_read_bytes(&r, sizeof(uint32_t) + sizeof(uint64_t));
    if (!hdr) {
      r.p = start;
      break;
    }
    uint32_t idx;
    uint64_t len;
    memcpy(&idx, hdr, sizeof idx);
    memcpy(&len, hdr + sizeof idx, sizeof len);
    const uint8_t *body = uk_read_bytes(&r, len);
    if (!body) {
      r.p = start; /* not all here yet */
      r.bad = false;
      break;
    }
    if (idx >= n || mods[idx].summarized) {
      ok = false;
      break;
    }
    uk_buf_put(&mods[idx].blob, body, len);
    mods[idx].summarized = true;
    take(&mods[idx], arg);
  }
  size_t used = (size_t)(r.p - in->data);
  memmove(in->data, in->data + used, in->len - used);
  in->len -= used;
  return ok;
}

typedef struct stream {
  uk_module *mods;
  uint32_t n;
  uk_summary_fn take;
  void *arg;
  bool ok;
} stream;

/* After every read: the complete records go to take at once, so that no
 * summary waits in memory. */
static void on_data(uint32_t i, uk_buf *buf, void *arg) {
  (void)i;
  stream *st = arg;
  st->ok &= take_records(buf, st->mods, st->n, st->take, st->arg);
}

static bool run_processes(uk_context *ctx, uk_module *mods, uint32_t n, uint32_t jobs, uk_summary_fn take,
                          void *arg) {
  job j = {mods, n, jobs};
  pid_t *pids = uk_xcalloc(jobs, sizeof *pids);
  int *fds = uk_xcalloc(jobs, sizeof *fds);
  double t0 = uk_now();
  uint32_t started = uk_start_workers(ctx, jobs, child_main, &j, pids, fds);
  bool ok = started == jobs;
  uk_buf *ins = uk_xcalloc(started, sizeof *ins);
  double *ends = uk_xcalloc(started, sizeof *ends);
  stream st = {mods, n, take, arg, true};
  uk_drain_pipes(fds, ins, started, ends, on_data, &st);
  bool records_ok = st.ok;
  uk_trace_workers(ctx, "parse, verify, fingerprint", started, t0, ends);
  free(ends);
  for (uint32_t w = 0; w < started; w++) {
    close(fds[w]);
    int status = uk_wait(pids[w]);
    bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0 && records_ok && ins[w].len == 0;
    uk_buf_free(&ins[w]);
    if (clean) continue;
    /* The first file of this worker without a summary is the culprit. */
    uint32_t culprit = w;
    while (culprit < n && mods[culprit].summarized) culprit += jobs;
    const char *file = culprit < n ? mods[culprit].path : NULL;
    if (WIFSIGNALED(status))
      uk_error(ctx, file, NULL, "malformed input: LLVM crashed reading it (%s)", strsignal(WTERMSIG(status)));
    else
      uk_error(ctx, file, NULL, "malformed input: LLVM failed reading it");
    ok = false;
  }
  free(ins);
  free(pids);
  free(fds);
  return ok;
}

typedef struct thread_pool {
  uk_module *mods;
  uint32_t n;
  atomic_uint next;
} thread_pool;

static void *thread_main(void *arg) {
  thread_pool *p = arg;
  for (;;) {
    uint32_t i = atomic_fetch_add(&p->next, 1);
    if (i >= p->n) return NULL;
    uk_summarize_file(p->mods[i].path, &p->mods[i].blob);
  }
}

static bool run_threads(uk_context *ctx, uk_module *mods, uint32_t n, uint32_t jobs) {
  thread_pool pool = {.mods = mods, .n = n};
  atomic_init(&pool.next, 0);
  pthread_t *threads = uk_xcalloc(jobs, sizeof *threads);
  uint32_t started = 0;
  for (uint32_t t = 1; t < jobs; t++) {
    if (pthread_create(&threads[t], NULL, thread_main, &pool) != 0) break;
    started = t;
  }
  thread_main(&pool); /* the calling thread works too */
  for (uint32_t t = 1; t <= started; t++) pthread_join(threads[t], NULL);
  free(threads);
  (void)ctx;
  return true;
}

bool uk_run_workers(uk_context *ctx, uk_module *mods, uint32_t n, uk_summary_fn take, void *arg) {
  uint32_t jobs = uk_jobs(ctx);
  if (jobs > n) jobs = n;
  if (!jobs) return true;
  if (ctx->opts.isolate) return run_processes(ctx, mods, n, jobs, take, arg);
  bool ok = run_threads(ctx, mods, n, jobs);
  for (uint32_t i = 0; i < n; i++) {
    mods[i].summarized = true;
    take(&mods[i], arg);
  }
  return ok;
}
