/* Worker-process plumbing under the parallel map (parallel.c): forking a
 * worker that dies with its parent and stays killable by uk_kill_workers,
 * reaping it, writing to its pipe. Stages use uk_map, never these. */
#include "support/support.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

/* Every worker started and not yet waited for, so that a signal handler
 * (uk_cleanup_after_signal) can end them before it removes the files they
 * write. Process-wide by nature: workers are children of the process, and a
 * signal ends the process. A slot holds 0 when free; more workers than slots
 * are only not tracked (PR_SET_PDEATHSIG still ends them with the parent). */
#define MAX_TRACKED 4096
static _Atomic pid_t tracked[MAX_TRACKED];

static void track(pid_t pid) {
  for (size_t i = 0; i < MAX_TRACKED; i++) {
    pid_t free_slot = 0;
    if (atomic_compare_exchange_strong(&tracked[i], &free_slot, pid)) return;
  }
}

static void untrack(pid_t pid) {
  for (size_t i = 0; i < MAX_TRACKED; i++) {
    pid_t p = pid;
    if (atomic_compare_exchange_strong(&tracked[i], &p, 0)) return;
  }
}

void uk_kill_workers(void) {
  for (size_t i = 0; i < MAX_TRACKED; i++) {
    pid_t pid = atomic_exchange(&tracked[i], 0);
    if (pid <= 0) continue;
    kill(pid, SIGKILL);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
  }
}

static void child_setup(void) {
  /* A crash must end the child quietly: the parent reports it. */
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  signal(SIGPIPE, SIG_DFL);
  uk_llvm_child_init();
  /* The parent's handlers (a driver's cleanup) are not the child's: a
   * signal just ends it. And a child never outlives its parent. */
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
  for (size_t i = 0; i < MAX_TRACKED; i++) atomic_store(&tracked[i], 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
}

bool uk_write_all(int fd, const void *data, size_t len) {
  const uint8_t *p = data;
  while (len) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    len -= (size_t)n;
  }
  return true;
}

uint32_t uk_start_workers(uk_context *ctx, uint32_t n, uk_worker_fn fn, void *arg, pid_t *pids, int *fds) {
  uint32_t started = 0;
  for (uint32_t w = 0; w < n; w++) {
    int p[2];
    if (pipe(p) != 0) {
      uk_error(ctx, NULL, NULL, "cannot create a pipe: %s", strerror(errno));
      break;
    }
    pid_t pid = fork();
    if (pid < 0) {
      uk_error(ctx, NULL, NULL, "cannot start a worker process: %s", strerror(errno));
      close(p[0]);
      close(p[1]);
      break;
    }
    if (pid == 0) {
      close(p[0]);
      for (uint32_t q = 0; q < started; q++) close(fds[q]);
      child_setup();
      _exit(fn(w, p[1], arg));
    }
    close(p[1]);
    track(pid);
    pids[w] = pid;
    fds[w] = p[0];
    started++;
  }
  return started;
}

int uk_wait(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  uk_take_fatal_reason(pid);
  untrack(pid);
  return status;
}

void uk_pipe_guard_on(uk_pipe_guard *g) {
  sigset_t pipe, pending;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  sigpending(&pending);
  g->was_pending = sigismember(&pending, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe, &g->old);
}

void uk_pipe_guard_off(uk_pipe_guard *g) {
  sigset_t pipe, pending;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  sigpending(&pending);
  if (!g->was_pending && sigismember(&pending, SIGPIPE)) {
    const struct timespec now = {0, 0};
    sigtimedwait(&pipe, NULL, &now);
  }
  pthread_sigmask(SIG_SETMASK, &g->old, NULL);
}
