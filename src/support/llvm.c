/* LLVM-C calls that can fail, wrapped once; and replacing a function by
 * another value (a declaration here; dedupe's fold makes thunks and aliases
 * with it). */
#include "support/support.h"

#include <llvm-c/Support.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/ErrorHandling.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Target.h>
#include <pthread.h>
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
  uk_llvm_init();
  LLVMResetFatalErrorHandler();
  LLVMInstallFatalErrorHandler(exit_on_fatal_error);
}

static unsigned first_custom_md_kind;

static void init_once(void) {
  /* Fixed metadata kinds have the same ids in every context; custom kinds
   * are numbered from here on, per context. */
  LLVMContextRef probe = LLVMContextCreate();
  first_custom_md_kind = LLVMGetMDKindIDInContext(probe, "uklink.first.custom.kind", 24);
  LLVMContextDispose(probe);
  LLVMInitializeAllTargetInfos();
  LLVMInitializeAllTargets();
  LLVMInitializeAllTargetMCs();
  LLVMInitializeAllAsmPrinters();
  LLVMInitializeAllAsmParsers();
  void *page = mmap(NULL, FATAL_SLOTS * sizeof *fatal_slots, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  fatal_slots = page == MAP_FAILED ? NULL : page; /* kept for the process's life, like LLVM's targets */
}

unsigned uk_first_custom_md_kind(void) {
  uk_llvm_init();
  return first_custom_md_kind;
}

void uk_llvm_init(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, init_once);
}

static void diagnostic_handler(LLVMDiagnosticInfoRef info, void *arg) {
  char **first_error = arg;
  if (LLVMGetDiagInfoSeverity(info) != LLVMDSError || !first_error || *first_error) return;
  char *desc = LLVMGetDiagInfoDescription(info);
  *first_error = uk_xstrdup(desc);
  LLVMDisposeMessage(desc);
}

LLVMContextRef uk_llvm_context(char **first_error) {
  LLVMContextRef c = LLVMContextCreate();
  /* Without a handler some errors exit(1) the process. */
  LLVMContextSetDiagnosticHandler(c, diagnostic_handler, first_error);
  return c;
}

/* The same, keeping LLVM's warnings too (each once, in order). */
static void diagnostic_handler_with_warnings(LLVMDiagnosticInfoRef info, void *arg) {
  uk_llvm_diags *d = arg;
  LLVMDiagnosticSeverity sev = LLVMGetDiagInfoSeverity(info);
  if (sev == LLVMDSError) {
    diagnostic_handler(info, &d->first_error);
    return;
  }
  if (sev != LLVMDSWarning) return;
  char *desc = LLVMGetDiagInfoDescription(info);
  bool seen = false;
  for (uint32_t i = 0; i < d->num_warnings && !seen; i++) seen = strcmp(d->warnings[i], desc) == 0;
  if (!seen) {
    d->warnings = uk_xrealloc(d->warnings, (d->num_warnings + 1) * sizeof *d->warnings);
    d->warnings[d->num_warnings++] = uk_xstrdup(desc);
  }
  LLVMDisposeMessage(desc);
}

LLVMContextRef uk_llvm_context_with_warnings(uk_llvm_diags *d) {
  LLVMContextRef c = LLVMContextCreate();
  LLVMContextSetDiagnosticHandler(c, diagnostic_handler_with_warnings, d);
  return c;
}

void uk_llvm_keep_use_list_order(void) {
  static bool done;
  if (done) return;
  const char *argv[] = {"uklink", "-preserve-bc-uselistorder"};
  LLVMParseCommandLineOptions(2, argv, NULL);
  done = true;
}

uk_llvm_ctx *uk_llvm_ctx_new(void) {
  uk_llvm_ctx *x = uk_xcalloc(1, sizeof *x);
  x->c = uk_llvm_context_with_warnings(&x->diags);
  atomic_init(&x->refs, 1);
  return x;
}

uk_llvm_ctx *uk_llvm_ctx_retain(uk_llvm_ctx *x) {
  atomic_fetch_add(&x->refs, 1);
  return x;
}

void uk_llvm_ctx_release(uk_llvm_ctx *x) {
  if (!x || atomic_fetch_sub(&x->refs, 1) != 1) return;
  LLVMContextDispose(x->c);
  uk_llvm_diags_free(&x->diags);
  free(x);
}

char **uk_take_llvm_warnings(LLVMContextRef c, uint32_t *n) {
  *n = 0;
  if (LLVMContextGetDiagnosticHandler(c) != diagnostic_handler_with_warnings) return NULL;
  uk_llvm_diags *d = LLVMContextGetDiagnosticContext(c);
  char **w = d->warnings;
  *n = d->num_warnings;
  d->warnings = NULL;
  d->num_warnings = 0;
  return w;
}

void uk_llvm_diags_free(uk_llvm_diags *d) {
  free(d->first_error);
  for (uint32_t i = 0; i < d->num_warnings; i++) free(d->warnings[i]);
  free(d->warnings);
  *d = (uk_llvm_diags){0};
}

char *uk_take_llvm_error(LLVMContextRef c) {
  LLVMDiagnosticHandler h = LLVMContextGetDiagnosticHandler(c);
  if (h != diagnostic_handler && h != diagnostic_handler_with_warnings) return NULL;
  /* both contexts start with the slot of the first error */
  char **first_error = LLVMContextGetDiagnosticContext(c);
  if (!first_error || !*first_error) return NULL;
  char *e = *first_error;
  *first_error = NULL;
  return e;
}

typedef struct ir_check {
  const uk_buf *file;
  const char *name;
  bool answered; /* the worker ran it, or died running it */
  char *why;     /* why the file is not valid IR, or NULL */
} ir_check;

/* In a worker process: parse and verify; the result is why not (nothing if
 * fine). */
static bool ir_check_run(uk_context *wctx, uint32_t i, uk_buf *out, void *arg) {
  (void)wctx;
  (void)i;
  const ir_check *j = arg;
  char *llerror = NULL, *error = NULL, *msg = NULL;
  LLVMContextRef c = uk_llvm_context(&llerror);
  LLVMModuleRef m = uk_parse(c, j->file, j->name, &error);
  if (m && LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) error = uk_first_line(msg);
  if (!error && llerror) error = uk_first_line(llerror);
  if (error) uk_buf_put(out, error, strlen(error));
  LLVMDisposeMessage(msg);
  if (m) LLVMDisposeModule(m);
  LLVMContextDispose(c);
  free(llerror);
  free(error);
  return true;
}

static void ir_check_take(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  (void)ctx;
  (void)i;
  (void)ok;
  ir_check *j = arg;
  j->answered = true;
  if (result->len) j->why = uk_xstrndup((const char *)result->data, result->len);
}

static void ir_check_died(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  (void)ctx;
  (void)i;
  ir_check *j = arg;
  j->answered = true;
  j->why = uk_map_died_of_signal(why) ? uk_format("LLVM crashed reading it (%s)", why)
                                      : uk_format("LLVM failed reading it (%s)", why);
}

char *uk_check_ir_in_child(uk_context *ctx, const uk_buf *file, const char *name) {
  ir_check j = {file, name, false, NULL};
  uk_map map = {.n = 1, .mode = UK_MAP_PROCESSES, .run = ir_check_run, .take = ir_check_take, .died = ir_check_died,
                .arg = &j};
  uk_map_run(ctx, &map);
  return j.answered ? j.why : uk_xstrdup("cannot start a worker process");
}

char *uk_first_line(const char *msg) {
  size_t n = strcspn(msg, "\r\n");
  return uk_xstrndup(msg, n);
}

bool uk_is_bitcode(const uk_buf *file) {
  /* 'BC' 0xC0DE, or the wrapper's magic 0x0B17C0DE (little-endian) */
  const uint8_t *d = file->data;
  return file->len >= 4 && ((d[0] == 'B' && d[1] == 'C') || (d[0] == 0xDE && d[1] == 0xC0));
}

LLVMModuleRef uk_parse(LLVMContextRef llctx, const uk_buf *file, const char *name, char **error) {
  /* The file buffer has a NUL after its last byte, as the .ll lexer needs. */
  LLVMMemoryBufferRef mb =
      LLVMCreateMemoryBufferWithMemoryRange((const char *)file->data, file->len, name, 1);
  LLVMModuleRef m = NULL;
  char *msg = NULL;
  LLVMBool failed = LLVMParseIRInContext2(llctx, mb, &m, &msg);  /* does not consume mb */
  LLVMDisposeMemoryBuffer(mb);
  if (failed) {
    *error = uk_first_line(msg ? msg : "cannot parse");
    LLVMDisposeMessage(msg);
    return NULL;
  }
  if (msg) LLVMDisposeMessage(msg);
  return m;
}

char *uk_host_triple(void) {
  char *t = LLVMGetDefaultTargetTriple();
  char *n = LLVMNormalizeTargetTriple(t);
  char *r = uk_xstrdup(n);
  LLVMDisposeMessage(t);
  LLVMDisposeMessage(n);
  return r;
}

char *uk_triple_arch(const char *triple) {
  size_t n = strcspn(triple, "-");
  return uk_xstrndup(triple, n);
}

bool uk_triple_is_freestanding(const char *triple) {
  /* arch-vendor-os[-environment] */
  const char *vendor = strchr(triple, '-');
  const char *os = vendor ? strchr(vendor + 1, '-') : NULL;
  if (!os) return false;
  os++;
  size_t len = strcspn(os, "-");
  return (len == 7 && !strncmp(os, "unknown", 7)) || (len == 4 && !strncmp(os, "none", 4));
}

bool uk_is_local_linkage(LLVMLinkage l) {
  return l == LLVMInternalLinkage || l == LLVMPrivateLinkage;
}

LLVMValueRef *uk_functions(LLVMModuleRef m, uint32_t *n) {
  uint32_t count = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) count++;
  LLVMValueRef *fns = uk_xcalloc(count, sizeof *fns);
  count = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) fns[count++] = f;
  *n = count;
  return fns;
}

uint64_t uk_count_instructions(LLVMValueRef fn) {
  uint64_t n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) n++;
  return n;
}

void uk_replace_function(LLVMValueRef fn, LLVMValueRef repl, LLVMValueRef keep, const char *name) {
  LLVMReplaceAllUsesWith(fn, repl);
  char *saved = uk_xstrdup(name);
  if (fn != keep) LLVMDeleteFunction(fn);
  LLVMSetValueName2(repl, saved, strlen(saved));
  free(saved);
}

char *uk_name_of(LLVMValueRef v) {
  size_t len;
  const char *n = LLVMGetValueName2(v, &len);
  return uk_xstrndup(n, len);
}

LLVMValueRef uk_make_declaration(LLVMModuleRef m, LLVMValueRef fn) {
  char *name = uk_name_of(fn);
  LLVMValueRef d = LLVMAddFunction(m, "", LLVMGlobalGetValueType(fn));
  LLVMSetFunctionCallConv(d, LLVMGetFunctionCallConv(fn));
  /* linking keeps the least unnamed_addr of a definition and its declarations */
  LLVMSetUnnamedAddress(d, LLVMGetUnnamedAddress(fn));
  uk_replace_function(fn, d, NULL, name);
  free(name);
  return d;
}
