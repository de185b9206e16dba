/* Whether LLVM knows a target's CPU name and feature list, checked before
 * any code is generated: LLVM itself only prints a warning and goes on. */
#include "collect/collect.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
/* ---- is the CPU name / feature list one LLVM knows for the triple? ------ */

typedef struct probe {
  const char *triple, *cpu, *features;
} probe;

/* In a child whose standard error is the pipe: LLVM says there (and only
 * there) what it does not recognize while it makes the target machine. */
static int probe_main(uint32_t w, int fd, void *arg) {
  (void)w;
  const probe *p = arg;
  if (dup2(fd, 2) < 0) return 2;
  LLVMTargetRef target;
  char *error = NULL;
  if (LLVMGetTargetFromTriple(p->triple, &target, &error)) return 3;
  LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, p->triple, p->cpu, p->features, LLVMCodeGenLevelDefault,
                                                    LLVMRelocPIC, LLVMCodeModelDefault);
  if (tm) LLVMDisposeTargetMachine(tm);
  return tm ? 0 : 4;
}

/* 'x' of "'x' is not a recognized <what>" in LLVM's text, or NULL. */
static char *unrecognized(const char *text, const char *what) {
  char *tail = uk_format("' is not a recognized %s", what);
  char *r = NULL;
  const char *end = strstr(text, tail);
  if (end) {
    const char *start = end;
    while (start > text && start[-1] != '\'') start--;
    r = uk_xstrndup(start, (size_t)(end - start));
  }
  free(tail);
  return r;
}

bool uk_check_target_cpu(uk_context *ctx, const uk_target *t) {
  probe p = {t->triple, t->cpu, t->features};
  pid_t pid;
  int fd;
  if (uk_start_workers(ctx, 1, probe_main, &p, &pid, &fd) != 1) return false;
  uk_buf text = {0};
  uk_drain_pipes(&fd, &text, 1, NULL, NULL, NULL);
  close(fd);
  int status = uk_wait(pid);
  uk_buf_u8(&text, 0);
  char *cpu = unrecognized((char *)text.data, "processor");
  char *feature = unrecognized((char *)text.data, "feature");
  bool ok = !cpu && !feature && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (cpu)
    uk_error(ctx, NULL, NULL, "unknown CPU '%s' for target %s (--cpu)", cpu, t->triple);
  else if (feature)
    uk_error(ctx, NULL, NULL, "unknown feature '%s' for target %s (--features)", feature, t->triple);
  else if (!ok)
    uk_error(ctx, NULL, NULL, "cannot create a target machine for %s with CPU '%s' and features '%s'", t->triple,
             t->cpu, t->features);
  free(cpu);
  free(feature);
  uk_buf_free(&text);
  return ok;
}
