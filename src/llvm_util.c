/* LLVM-C calls that can fail, wrapped once; and the three ways a function
 * symbol is redirected to another body (declaration, thunk, alias), shared by
 * link (first round) and merge_module (second round). */
#include "internal.h"

#include <llvm-c/ErrorHandling.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Target.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void fatal_error(const char *reason) {
  /* LLVM cannot continue after a fatal error. In a worker process the parent
   * turns the exit status into a diagnostic naming the file; in the main
   * process this is the last resort: one line, status 1. */
  char line[512];
  int n = snprintf(line, sizeof line, "uklink: error: LLVM: %s\n", reason);
  if (n > 0) {
    ssize_t unused = write(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    (void)unused;
  }
  _exit(1);
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
  LLVMInstallFatalErrorHandler(fatal_error);
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

char *uk_first_line(const char *msg) {
  size_t n = strcspn(msg, "\r\n");
  return uk_xstrndup(msg, n);
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

/* Gives `repl` fn's uses and name, and deletes fn unless it is `keep`. */
static void take_over(LLVMValueRef fn, LLVMValueRef repl, LLVMValueRef keep, const char *name) {
  LLVMReplaceAllUsesWith(fn, repl);
  char *saved = uk_xstrdup(name);
  if (fn != keep) LLVMDeleteFunction(fn);
  LLVMSetValueName2(repl, saved, strlen(saved));
  free(saved);
}

static char *name_of(LLVMValueRef v) {
  size_t len;
  const char *n = LLVMGetValueName2(v, &len);
  return uk_xstrndup(n, len);
}

LLVMValueRef uk_make_declaration(LLVMModuleRef m, LLVMValueRef fn) {
  char *name = name_of(fn);
  LLVMValueRef d = LLVMAddFunction(m, "", LLVMGlobalGetValueType(fn));
  LLVMSetFunctionCallConv(d, LLVMGetFunctionCallConv(fn));
  /* linking keeps the least unnamed_addr of a definition and its declarations */
  LLVMSetUnnamedAddress(d, LLVMGetUnnamedAddress(fn));
  take_over(fn, d, NULL, name);
  free(name);
  return d;
}

static void copy_attributes(LLVMValueRef from, LLVMValueRef to) {
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

static void copy_symbol_properties(LLVMValueRef from, LLVMValueRef to) {
  LLVMSetLinkage(to, LLVMGetLinkage(from));
  LLVMSetVisibility(to, LLVMGetVisibility(from));
  LLVMSetDLLStorageClass(to, LLVMGetDLLStorageClass(from));
  LLVMSetUnnamedAddress(to, LLVMGetUnnamedAddress(from));
}

LLVMValueRef uk_make_thunk(LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef target, const char *name) {
  LLVMTypeRef fty = LLVMGlobalGetValueType(fn);
  LLVMValueRef th = LLVMAddFunction(m, "", fty);
  copy_attributes(fn, th);
  copy_symbol_properties(fn, th);
  LLVMSetFunctionCallConv(th, LLVMGetFunctionCallConv(fn));
  const char *section = LLVMGetSection(fn);
  if (section && *section) LLVMSetSection(th, section);
  if (LLVMGetAlignment(fn)) LLVMSetAlignment(th, LLVMGetAlignment(fn));
  /* The thunk must keep its own address: that is why it is not an alias. */
  take_over(fn, th, target, name);

  LLVMContextRef c = LLVMGetModuleContext(m);
  LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(c, th, "");
  LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
  LLVMPositionBuilderAtEnd(b, entry);
  unsigned n = LLVMCountParams(th);
  LLVMValueRef *args = uk_xcalloc(n, sizeof *args);
  LLVMGetParams(th, args);
  LLVMValueRef call = LLVMBuildCall2(b, fty, target, args, n, "");
  LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(th));
  LLVMSetTailCallKind(call, LLVMTailCallKindMustTail);
  if (LLVMGetTypeKind(LLVMGetReturnType(fty)) == LLVMVoidTypeKind)
    LLVMBuildRetVoid(b);
  else
    LLVMBuildRet(b, call);
  free(args);
  LLVMDisposeBuilder(b);
  return th;
}

LLVMValueRef uk_make_alias(LLVMModuleRef m, LLVMValueRef fn, LLVMValueRef target, const char *name) {
  LLVMTypeRef ty = LLVMGlobalGetValueType(target);
  unsigned as = LLVMGetPointerAddressSpace(LLVMTypeOf(target));
  LLVMValueRef a = LLVMAddAlias2(m, ty, as, target, "");
  copy_symbol_properties(fn, a);
  /* When fn is the target itself, RAUW also rewrote the aliasee: restore it. */
  take_over(fn, a, target, name);
  LLVMAliasSetAliasee(a, target);
  return a;
}
