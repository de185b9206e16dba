/* Floating-point contraction, decided once, on the code as it came in.
 *
 * An fmul and an fadd that both carry `contract`, and a call to
 * llvm.fmuladd, may be computed with one rounding (a fused multiply-add) or
 * with two. LLVM decides late: its code generator fuses a pair when both end
 * up in one block and the product has no other use, which depends on the
 * shape optimization gave the code (unrolled or not, vectorized or not). A
 * constant loop bound changes that shape: a near-duplicates' kernel, whose
 * bound is a parameter, would round otherwise than the members it replaces
 * (it did, on PP-OCR's depthwise convolutions). So before any optimization,
 * in every build, merged or not, this step settles each such choice from the
 * input's own structure:
 *   - a contract fadd or fsub of a contract fmul whose product has no other
 *     use becomes llvm.fma (the first operand that qualifies);
 *   - llvm.fmuladd becomes llvm.fma;
 * where the function's target has fused multiply-add for the type (x86 with
 * FMA, AArch64, RISC-V with F or D), and otherwise fmuladd becomes a plain
 * fmul and fadd; then `contract` is removed from the arithmetic left (a
 * call, phi or select that carries it keeps it: the fingerprint does not
 * merge such a function with parameters). What is left rounds
 * as IEEE says wherever its operands come from, and a constant that becomes
 * a parameter no longer changes a result. Both forms are what the IR
 * allows: contraction is a permission, not a duty. */
#include "optimize/optimize.h"

#include <llvm-c/DebugInfo.h>
#include <stdlib.h>
#include <string.h>

/* LLVM takes a function's "target-features" in place of the target's. */
static bool has_fma(LLVMValueRef f, const char *arch, const char *target_features, LLVMTypeRef type) {
  LLVMTypeKind kind = LLVMGetTypeKind(type);
  if (kind == LLVMVectorTypeKind || kind == LLVMScalableVectorTypeKind) kind = LLVMGetTypeKind(LLVMGetElementType(type));
  if (kind != LLVMFloatTypeKind && kind != LLVMDoubleTypeKind) return false;
  LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "target-features", 15);
  unsigned len = 0;
  const char *own = a ? LLVMGetStringAttributeValue(a, &len) : NULL;
  char *features = own ? uk_xstrndup(own, len) : uk_xstrdup(target_features);
  bool fma = false;
  if (!strcmp(arch, "x86_64") || !strcmp(arch, "i386") || !strcmp(arch, "i686"))
    fma = uk_feature_state(features, "fma") > 0;
  else if (!strcmp(arch, "aarch64") || !strcmp(arch, "arm64"))
    fma = true;
  else if (!strcmp(arch, "riscv64") || !strcmp(arch, "riscv32"))
    fma = uk_feature_state(features, kind == LLVMFloatTypeKind ? "f" : "d") > 0;
  free(features);
  return fma;
}

static bool contracts(LLVMValueRef v, LLVMOpcode op) {
  return v && LLVMIsAInstruction(v) && LLVMGetInstructionOpcode(v) == op &&
         (LLVMGetFastMathFlags(v) & LLVMFastMathAllowContract);
}

static bool one_use(LLVMValueRef v) {
  LLVMUseRef u = LLVMGetFirstUse(v);
  return u && !LLVMGetNextUse(u);
}

static bool is_fmuladd(LLVMValueRef call) {
  LLVMValueRef callee = LLVMGetCalledValue(call);
  size_t len;
  const char *name = LLVMIsAFunction(callee) ? LLVMGetValueName2(callee, &len) : "";
  return strncmp(name, "llvm.fmuladd.", 13) == 0;
}

static LLVMValueRef build_fma(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef x, LLVMValueRef y, LLVMValueRef z) {
  unsigned id = LLVMLookupIntrinsicID("llvm.fma", 8);
  LLVMTypeRef t = LLVMTypeOf(x);
  LLVMValueRef fn = LLVMGetIntrinsicDeclaration(m, id, &t, 1);
  LLVMValueRef args[] = {x, y, z};
  return LLVMBuildCall2(b, LLVMIntrinsicGetType(LLVMGetModuleContext(m), id, &t, 1), fn, args, 3, "");
}

/* at's debug location for what replaces it */
static void replace(LLVMValueRef at, LLVMValueRef with) {
  LLVMInstructionSetDebugLoc(with, LLVMInstructionGetDebugLoc(at));
  LLVMReplaceAllUsesWith(at, with);
  LLVMInstructionEraseFromParent(at);
}

/* A contract fadd/fsub of a single-use contract fmul: fma(a, b, c), with
 * negations (exact) for fsub. */
static bool fuse_pair(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef i) {
  LLVMOpcode op = LLVMGetInstructionOpcode(i);
  for (unsigned k = 0; k < 2; k++) {
    LLVMValueRef mul = LLVMGetOperand(i, k), other = LLVMGetOperand(i, 1 - k);
    if (!contracts(mul, LLVMFMul) || !one_use(mul)) continue;
    LLVMPositionBuilderBefore(b, i);
    LLVMValueRef x = LLVMGetOperand(mul, 0), y = LLVMGetOperand(mul, 1);
    if (op == LLVMFSub && k == 0) other = LLVMBuildFNeg(b, other, ""); /* a*b - c */
    if (op == LLVMFSub && k == 1) x = LLVMBuildFNeg(b, x, "");         /* c - a*b */
    replace(i, build_fma(b, m, x, y, other));
    LLVMInstructionEraseFromParent(mul);
    return true;
  }
  return false;
}

static void resolve_fmuladd(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef call, bool fuse) {
  LLVMValueRef x = LLVMGetOperand(call, 0), y = LLVMGetOperand(call, 1), z = LLVMGetOperand(call, 2);
  LLVMPositionBuilderBefore(b, call);
  LLVMValueRef r;
  if (fuse) {
    r = build_fma(b, m, x, y, z);
  } else {
    LLVMValueRef p = LLVMBuildFMul(b, x, y, "");
    LLVMInstructionSetDebugLoc(p, LLVMInstructionGetDebugLoc(call));
    r = LLVMBuildFAdd(b, p, z, "");
  }
  replace(call, r);
}

/* LLVMSetFastMathFlags adds flags and never clears one: an instruction
 * without `contract` is a new one, with the old one's other flags, metadata
 * and name. */
static void drop_contract(LLVMBuilderRef b, LLVMValueRef i) {
  LLVMOpcode op = LLVMGetInstructionOpcode(i);
  LLVMFastMathFlags fmf = LLVMGetFastMathFlags(i);
  LLVMPositionBuilderBefore(b, i);
  LLVMValueRef n = op == LLVMFNeg ? LLVMBuildFNeg(b, LLVMGetOperand(i, 0), "")
                                  : LLVMBuildBinOp(b, op, LLVMGetOperand(i, 0), LLVMGetOperand(i, 1), "");
  if (LLVMIsAInstruction(n)) { /* else folded: both operands constants */
    LLVMSetFastMathFlags(n, fmf & ~LLVMFastMathAllowContract);
    size_t nmd;
    LLVMValueMetadataEntry *md = LLVMInstructionGetAllMetadataOtherThanDebugLoc(i, &nmd);
    LLVMContextRef c = LLVMGetTypeContext(LLVMTypeOf(i));
    for (unsigned k = 0; k < nmd; k++)
      LLVMSetMetadata(n, LLVMValueMetadataEntriesGetKind(md, k),
                      LLVMMetadataAsValue(c, LLVMValueMetadataEntriesGetMetadata(md, k)));
    if (md) LLVMDisposeValueMetadataEntries(md);
    size_t len;
    const char *name = LLVMGetValueName2(i, &len);
    char *keep = uk_xstrndup(name, len);
    replace(i, n);
    LLVMSetValueName2(n, keep, len);
    free(keep);
  } else {
    LLVMReplaceAllUsesWith(i, n);
    LLVMInstructionEraseFromParent(i);
  }
}

static bool is_float_arithmetic(LLVMOpcode op) {
  return op == LLVMFAdd || op == LLVMFSub || op == LLVMFMul || op == LLVMFDiv || op == LLVMFRem || op == LLVMFNeg;
}

static void resolve_function(LLVMBuilderRef b, LLVMModuleRef m, LLVMValueRef f, const char *arch,
                             const char *features) {
  for (int pass = 0; pass < 2; pass++)
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb)) {
      LLVMValueRef i = LLVMGetFirstInstruction(bb);
      while (i) {
        /* what is built goes before i, and an fmul fused into i precedes
         * it: the walk goes on from i's successor */
        LLVMValueRef next = LLVMGetNextInstruction(i);
        LLVMOpcode op = LLVMGetInstructionOpcode(i);
        if (pass == 0 && (op == LLVMFAdd || op == LLVMFSub) && contracts(i, op) &&
            has_fma(f, arch, features, LLVMTypeOf(i)))
          fuse_pair(b, m, i);
        else if (pass == 0 && op == LLVMCall && is_fmuladd(i))
          resolve_fmuladd(b, m, i, has_fma(f, arch, features, LLVMTypeOf(i)));
        else if (pass == 1 && is_float_arithmetic(op) && (LLVMGetFastMathFlags(i) & LLVMFastMathAllowContract))
          drop_contract(b, i);
        i = next;
      }
    }
}

void uk_resolve_contraction(LLVMModuleRef m, const char *triple, const char *target_features) {
  char *arch = uk_triple_arch(triple);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(LLVMGetModuleContext(m));
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
    if (!LLVMIsDeclaration(f)) resolve_function(b, m, f, arch ? arch : "", target_features);
  LLVMDisposeBuilder(b);
  free(arch);
}
