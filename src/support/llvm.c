/* LLVM-C calls that can fail, wrapped once; and replacing a function by
 * another value (a declaration here; dedupe's fold makes thunks and aliases
 * with it). */
#include "support/support.h"

#include <llvm-c/Support.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Target.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
  uk_fatal_init(); /* before any fork: the page is shared with every worker */
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

static LLVMContextRef context_with_warnings(uk_llvm_diags *d) {
  LLVMContextRef c = LLVMContextCreate();
  LLVMContextSetDiagnosticHandler(c, diagnostic_handler_with_warnings, d);
  return c;
}

/* Sets one of LLVM's command-line options, once per process. */
static void set_option_once(bool *done, const char *option) {
  if (*done) return;
  const char *argv[] = {"uklink", option};
  LLVMParseCommandLineOptions(2, argv, NULL);
  *done = true;
}

static bool bitcode_use_list_order; /* the option's state in this process */

void uk_llvm_keep_use_list_order(void) {
  if (bitcode_use_list_order) return;
  const char *argv[] = {"uklink", "-preserve-bc-uselistorder=true"};
  LLVMParseCommandLineOptions(2, argv, NULL);
  bitcode_use_list_order = true;
}

void uk_llvm_drop_use_list_order(void) {
  if (!bitcode_use_list_order) return;
  const char *argv[] = {"uklink", "-preserve-bc-uselistorder=false"};
  LLVMParseCommandLineOptions(2, argv, NULL);
  bitcode_use_list_order = false;
}

void uk_llvm_keep_use_list_order_in_text(void) {
  static bool done;
  set_option_once(&done, "-preserve-ll-uselistorder");
}

static void diags_free(uk_llvm_diags *d) {
  free(d->first_error);
  for (uint32_t i = 0; i < d->num_warnings; i++) free(d->warnings[i]);
  free(d->warnings);
  *d = (uk_llvm_diags){0};
}

uk_llvm_ctx *uk_llvm_ctx_new(void) {
  uk_llvm_ctx *x = uk_xcalloc(1, sizeof *x);
  x->c = context_with_warnings(&x->diags);
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
  diags_free(&x->diags);
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

bool uk_is_bitcode(const uk_buf *file) {
  /* 'BC' 0xC0DE, or the wrapper's magic 0x0B17C0DE (little-endian) */
  const uint8_t *d = file->data;
  return file->len >= 4 && ((d[0] == 'B' && d[1] == 'C') || (d[0] == 0xDE && d[1] == 0xC0));
}

LLVMModuleRef uk_parse(LLVMContextRef llctx, const uk_buf *file, const char *name, char **error) {
  /* Text has a NUL after its last byte, as the .ll lexer needs; bitcode is
   * read where it is, whatever follows it. */
  LLVMMemoryBufferRef mb =
      LLVMCreateMemoryBufferWithMemoryRange((const char *)file->data, file->len, name, !uk_is_bitcode(file));
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

LLVMModuleRef uk_parse_bytes(LLVMContextRef llctx, const uk_buf *bytes, const char *name, char **error) {
  if (uk_is_bitcode(bytes)) return uk_parse(llctx, bytes, name, error);
  uk_buf text = {0};
  uk_buf_put(&text, bytes->data, bytes->len);
  uk_buf_u8(&text, 0);
  text.len--;
  LLVMModuleRef m = uk_parse(llctx, &text, name, error);
  uk_buf_free(&text);
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

bool uk_calls_named(LLVMValueRef call, const char *prefix) {
  LLVMValueRef callee = LLVMGetCalledValue(call);
  size_t len;
  const char *name = LLVMIsAFunction(callee) ? LLVMGetValueName2(callee, &len) : "";
  return strncmp(name, prefix, strlen(prefix)) == 0;
}

bool uk_is_float_arithmetic(LLVMOpcode op) {
  return op == LLVMFAdd || op == LLVMFSub || op == LLVMFMul || op == LLVMFDiv || op == LLVMFRem || op == LLVMFNeg;
}

void uk_copy_attributes(LLVMValueRef from, LLVMValueRef to) {
  unsigned nparams = LLVMCountParams(from);
  for (int64_t idx = -1; idx <= (int64_t)nparams; idx++) {
    LLVMAttributeIndex i = (LLVMAttributeIndex)idx;
    unsigned n = LLVMGetAttributeCountAtIndex(from, i);
    if (!n) continue;
    LLVMAttributeRef *attrs = uk_xcalloc(n, sizeof *attrs);
    LLVMGetAttributesAtIndex(from, i, attrs);
    for (unsigned k = 0; k < n; k++) LLVMAddAttributeAtIndex(to, i, attrs[k]);
    free(attrs);
  }
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
