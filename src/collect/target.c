/* Whether LLVM knows a target's CPU name and feature list, checked before
 * any code is generated: LLVM itself only prints a warning and goes on. */
#include "collect/collect.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* ---- is the CPU name / feature list one LLVM knows for the triple? ------ */

typedef struct probe {
  const char *triple, *cpu, *features;
  bool answered; /* the worker ran it, or died running it */
  bool made;     /* LLVM made the target machine */
  char *text;  /* what LLVM wrote to standard error meanwhile */
} probe;

/* In a worker process: LLVM says what it does not recognize on standard
 * error (and only there) while it makes the target machine, so fd 2 is a
 * memory file for the while, and its text is the result. */
static bool probe_run(uk_context *wctx, uint32_t i, uk_buf *out, void *arg) {
  (void)wctx;
  (void)i;
  const probe *p = arg;
  int fd = memfd_create("llvm-stderr", 0);
  if (fd < 0 || dup2(fd, 2) < 0) return false;
  LLVMTargetRef target;
  char *error = NULL;
  LLVMTargetMachineRef tm = NULL;
  if (!LLVMGetTargetFromTriple(p->triple, &target, &error))
    tm = LLVMCreateTargetMachine(target, p->triple, p->cpu, p->features, LLVMCodeGenLevelDefault, LLVMRelocPIC,
                                 LLVMCodeModelDefault);
  LLVMDisposeMessage(error);
  if (tm) LLVMDisposeTargetMachine(tm);
  lseek(fd, 0, SEEK_SET);
  for (;;) {
    uk_buf_reserve(out, 4096);
    ssize_t got = read(fd, out->data + out->len, out->cap - out->len);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    out->len += (size_t)got;
  }
  close(fd);
  return tm != NULL;
}

/* The worker died making the target machine: LLVM cannot, with this CPU
 * (made stays false). */
static void probe_died(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  (void)ctx;
  (void)i;
  (void)why;
  ((probe *)arg)->answered = true;
}

static void probe_take(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  (void)ctx;
  (void)i;
  probe *p = arg;
  p->answered = true;
  p->made = ok;
  p->text = uk_xstrndup(result->data ? (const char *)result->data : "", result->len);
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
  probe p = {t->triple, t->cpu, t->features, false, false, NULL};
  /* always a process: its standard error is not this one's (a crash there
   * is the CPU's error below) */
  uk_map map = {.n = 1, .mode = UK_MAP_PROCESSES, .run = probe_run, .take = probe_take, .died = probe_died, .arg = &p};
  uk_map_run(ctx, &map);
  if (!p.answered) return false; /* no worker would start: that error is recorded */
  const char *text = p.text ? p.text : "";
  char *cpu = unrecognized(text, "processor");
  char *feature = unrecognized(text, "feature");
  bool ok = !cpu && !feature && p.made;
  if (cpu)
    uk_error(ctx, NULL, NULL, "unknown CPU '%s' for target %s (--cpu)", cpu, t->triple);
  else if (feature)
    uk_error(ctx, NULL, NULL, "unknown feature '%s' for target %s (--features)", feature, t->triple);
  else if (!ok)
    uk_error(ctx, NULL, NULL, "cannot create a target machine for %s with CPU '%s' and features '%s'", t->triple,
             t->cpu, t->features);
  free(cpu);
  free(feature);
  free(p.text);
  return ok;
}
