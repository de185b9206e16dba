/* LLVM's back end as calls that return their error: a target machine, the
 * standard optimization pipeline, and emission to memory. None reports
 * anything itself; the stage that calls them knows which input to blame.
 *
 * LLVM reports many errors through the context's diagnostic handler and then
 * carries on (a float return with SSE disabled falls back to x87, inline
 * assembly that does not assemble is dropped): such an error fails the step
 * here. The module's context must come from uk_llvm_context*, so that the
 * handler keeps it. */
#include "support/support.h"

#include <llvm-c/BitWriter.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

LLVMTargetMachineRef uk_target_machine(const char *triple, const char *cpu, const char *features, int opt_level,
                                       char **error) {
  char *msg = NULL;
  LLVMTargetRef target;
  if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
    *error = uk_format("unsupported target '%s': %s", triple, msg);
    LLVMDisposeMessage(msg);
    return NULL;
  }
  LLVMTargetMachineOptionsRef o = LLVMCreateTargetMachineOptions();
  LLVMTargetMachineOptionsSetCPU(o, cpu);
  LLVMTargetMachineOptionsSetFeatures(o, features);
  static const LLVMCodeGenOptLevel levels[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                               LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
  LLVMTargetMachineOptionsSetCodeGenOptLevel(o, levels[opt_level]);
  LLVMTargetMachineOptionsSetRelocMode(o, LLVMRelocPIC);
  LLVMTargetMachineRef tm = LLVMCreateTargetMachineWithOptions(target, triple, o);
  LLVMDisposeTargetMachineOptions(o);
  if (!tm) *error = uk_format("cannot create a target machine for '%s'", triple);
  return tm;
}

LLVMTargetMachineRef uk_machine_for(uk_machines *ms, uint32_t k, const char *triple, const char *cpu,
                                    const char *features, int opt_level, char **error) {
  if (k >= ms->n) {
    ms->tm = uk_xrealloc(ms->tm, (k + 1) * sizeof *ms->tm);
    memset(ms->tm + ms->n, 0, (k + 1 - ms->n) * sizeof *ms->tm);
    ms->n = k + 1;
  }
  if (!ms->tm[k]) ms->tm[k] = uk_target_machine(triple, cpu, features, opt_level, error);
  return ms->tm[k];
}

void uk_machines_free(uk_machines *ms) {
  for (uint32_t k = 0; k < ms->n; k++)
    if (ms->tm[k]) LLVMDisposeTargetMachine(ms->tm[k]);
  free(ms->tm);
  *ms = (uk_machines){0};
}

char *uk_run_pipeline(LLVMModuleRef m, LLVMTargetMachineRef tm, int opt_level) {
  free(uk_take_llvm_error(LLVMGetModuleContext(m))); /* not this step's */
  char passes[32];
  snprintf(passes, sizeof passes, "default<O%d>", opt_level);
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions(); /* NULL options crash */
  LLVMErrorRef err = LLVMRunPasses(m, passes, tm, po);
  LLVMDisposePassBuilderOptions(po);
  if (err) {
    char *msg = LLVMGetErrorMessage(err);
    char *r = uk_format("optimization failed: %s", msg);
    LLVMDisposeErrorMessage(msg);
    return r;
  }
  return uk_take_llvm_error(LLVMGetModuleContext(m));
}

/* name as a whole symbol in assembly text: not part of a longer identifier
 * (vfmadd213ss, fmadd.s and fmaf are not "fma") */
static bool mentions_symbol(const char *text, size_t len, const char *name) {
  size_t n = strlen(name);
  for (size_t k = 0; k + n <= len; k++) {
    if (memcmp(text + k, name, n)) continue;
    char before = k ? text[k - 1] : ' ', after = k + n < len ? text[k + n] : ' ';
    bool ident_before = isalnum((unsigned char)before) || before == '_' || before == '.' || before == '$';
    bool ident_after = isalnum((unsigned char)after) || after == '_' || after == '.' || after == '$';
    if (!ident_before && !ident_after) return true;
  }
  return false;
}

bool uk_target_has_fma(const char *triple, const char *cpu, const char *features, bool dbl) {
  char *error = NULL;
  LLVMTargetMachineRef tm = uk_target_machine(triple, cpu, features, 2, &error);
  free(error);
  if (!tm) return false;
  LLVMContextRef c = LLVMContextCreate();
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("uklink.fma-probe", c);
  LLVMSetTarget(m, triple);
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
  LLVMSetModuleDataLayout(m, td);
  LLVMDisposeTargetData(td);
  LLVMTypeRef t = dbl ? LLVMDoubleTypeInContext(c) : LLVMFloatTypeInContext(c);
  LLVMTypeRef params[] = {t, t, t};
  LLVMValueRef f = LLVMAddFunction(m, "uk_probe", LLVMFunctionType(t, params, 3, 0));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(c, f, "entry"));
  unsigned id = LLVMLookupIntrinsicID("llvm.fma", 8);
  LLVMValueRef args[] = {LLVMGetParam(f, 0), LLVMGetParam(f, 1), LLVMGetParam(f, 2)};
  LLVMValueRef r = LLVMBuildCall2(b, LLVMIntrinsicGetType(c, id, &t, 1), LLVMGetIntrinsicDeclaration(m, id, &t, 1),
                                  args, 3, "");
  LLVMBuildRet(b, r);
  LLVMDisposeBuilder(b);
  char *msg = NULL;
  LLVMMemoryBufferRef asm_text = NULL;
  bool has = false;
  if (!LLVMTargetMachineEmitToMemoryBuffer(tm, m, LLVMAssemblyFile, &msg, &asm_text))
    has = !mentions_symbol(LLVMGetBufferStart(asm_text), LLVMGetBufferSize(asm_text), dbl ? "fma" : "fmaf");
  if (msg) LLVMDisposeMessage(msg);
  if (asm_text) LLVMDisposeMemoryBuffer(asm_text);
  LLVMDisposeModule(m);
  LLVMContextDispose(c);
  LLVMDisposeTargetMachine(tm);
  return has;
}

/* LLVM's code generator walks a global's initializer as a tree, visiting a
 * shared constant once per use ({X, X} nested 40 deep: 2^40 visits; llc does
 * not finish). Such an initializer is refused rather than hung on (after
 * optimization, which often drops such a table). The walk here stops once
 * its budget is spent, so it costs at most that much. */
#define INITIALIZER_TREE_LIMIT (1u << 24)
#define INITIALIZER_DEPTH_LIMIT 10000
static bool tree_exceeds(LLVMValueRef c, uint64_t *budget, unsigned depth) {
  if (*budget == 0 || depth > INITIALIZER_DEPTH_LIMIT) return true;
  --*budget;
  if (LLVMIsAGlobalValue(c)) return false;
  int n = LLVMGetNumOperands(c);
  for (int i = 0; i < n; i++)
    if (tree_exceeds(LLVMGetOperand(c, (unsigned)i), budget, depth + 1)) return true;
  return false;
}

static char *oversized_initializer(LLVMModuleRef m) {
  uint64_t budget = INITIALIZER_TREE_LIMIT;
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g)) {
    LLVMValueRef init = LLVMGetInitializer(g);
    if (!init || !tree_exceeds(init, &budget, 0)) continue;
    size_t len;
    const char *name = LLVMGetValueName2(g, &len);
    return uk_format("initializer of '%.*s': its constants, walked as a tree, exceed %u nodes or %u levels "
                     "(shared constants nested deep); LLVM's code generator would not finish",
                     (int)(len > 200 ? 200 : len), name, INITIALIZER_TREE_LIMIT, INITIALIZER_DEPTH_LIMIT);
  }
  return NULL;
}

char *uk_emit_machine_code(LLVMTargetMachineRef tm, LLVMModuleRef m, LLVMCodeGenFileType kind, uk_buf *out) {
  free(uk_take_llvm_error(LLVMGetModuleContext(m))); /* not this step's */
  char *error = oversized_initializer(m);
  if (error) return error;
  LLVMMemoryBufferRef mb = NULL;
  if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, kind, &error, &mb)) {
    char *r = uk_xstrdup(error ? error : "");
    LLVMDisposeMessage(error);
    free(uk_take_llvm_error(LLVMGetModuleContext(m)));
    return r;
  }
  error = uk_take_llvm_error(LLVMGetModuleContext(m));
  if (!error) uk_buf_put(out, LLVMGetBufferStart(mb), LLVMGetBufferSize(mb));
  LLVMDisposeMemoryBuffer(mb);
  return error;
}

void uk_write_bitcode(LLVMModuleRef m, uk_buf *out) {
  LLVMMemoryBufferRef mb = LLVMWriteBitcodeToMemoryBuffer(m);
  uk_buf_put(out, LLVMGetBufferStart(mb), LLVMGetBufferSize(mb));
  LLVMDisposeMemoryBuffer(mb);
}

uint32_t uk_count_definitions(LLVMModuleRef m, uint64_t *instructions) {
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    if (LLVMIsDeclaration(f)) continue;
    n++;
    *instructions += uk_count_instructions(f);
  }
  return n;
}
