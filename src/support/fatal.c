#include "support/support.h"

#include <llvm-c/ErrorHandling.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* LLVM's fatal errors. LLVM cannot continue after one, and its handler may
 * not return, so a fatal error ends the process it happens in. uklink
 * therefore never installs a handler in the caller's process (that would
 * replace the host's own and end a compiler driver that embeds uklink): it
 * installs one in each worker process it forks (uk_llvm_child_init), which
 * records LLVM's reason where the parent can read it after waitpid and ends
 * the worker. Every step that can hit a fatal error runs in a worker by
 * default (see uk_options.isolate).
 *
 * The reasons live in a page shared by this process and every process forked
 * from it (mapped before any fork): one slot per dying worker, claimed by its
 * pid; the parent's uk_wait takes the slot of the child it reaped. */
enum { FATAL_SLOTS = 64, FATAL_REASON_LEN = 248 };
typedef struct fatal_slot {
  _Atomic int pid; /* 0: free */
  char reason[FATAL_REASON_LEN];
} fatal_slot;
static fatal_slot *fatal_slots;
static _Thread_local char last_fatal[FATAL_REASON_LEN];

static void child_fatal_error(const char *reason) {
  int zero = 0, self = (int)getpid();
  for (int i = 0; fatal_slots && i < FATAL_SLOTS; i++) {
    if (!atomic_compare_exchange_strong(&fatal_slots[i].pid, &zero, -1)) {
      zero = 0;
      continue;
    }
    size_t n = strnlen(reason, FATAL_REASON_LEN - 1);
    memcpy(fatal_slots[i].reason, reason, n);
    fatal_slots[i].reason[n] = 0;
    atomic_store(&fatal_slots[i].pid, self); /* complete: the parent may read it */
    break;
  }
  _exit(1);
}

void uk_llvm_child_init(void) {
  /* Runs right after fork: the only thread. A handler the host installed
   * stays the host's; the worker gets uklink's. */
  LLVMResetFatalErrorHandler();
  LLVMInstallFatalErrorHandler(child_fatal_error);
}

void uk_take_fatal_reason(pid_t pid) {
  last_fatal[0] = 0;
  for (int i = 0; fatal_slots && i < FATAL_SLOTS; i++) {
    if (atomic_load(&fatal_slots[i].pid) != (int)pid) continue;
    char *line = uk_first_line(fatal_slots[i].reason);
    snprintf(last_fatal, sizeof last_fatal, "%s", line);
    free(line);
    atomic_store(&fatal_slots[i].pid, 0);
  }
}

const char *uk_last_fatal_reason(void) { return last_fatal[0] ? last_fatal : NULL; }

static void exit_on_fatal_error(const char *reason) {
  char line[512];
  int n = snprintf(line, sizeof line, "uklink: error: LLVM: %s\n", reason);
  if (n > 0) {
    ssize_t unused = write(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    (void)unused;
  }
  _exit(1);
}

void uk_exit_on_fatal_error(void) {
  LLVMResetFatalErrorHandler();
  LLVMInstallFatalErrorHandler(exit_on_fatal_error);
}

void uk_fatal_init(void) {
  void *page = mmap(NULL, FATAL_SLOTS * sizeof *fatal_slots, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  fatal_slots = page == MAP_FAILED ? NULL : page; /* kept for the process's life, like LLVM's targets */
}
