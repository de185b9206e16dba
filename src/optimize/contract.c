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
 * where the function's target has fused multiply-add for the type (LLVM
 * compiles llvm.fma to an instruction, not to a call of fmaf), and otherwise
 * fmuladd becomes a plain fmul and fadd; then `contract` is removed from the
 * arithmetic left. Only plain `contract` is settled (see only_contract); a
 * call, phi or select that carries it keeps it: the fingerprint merges no
 * function with such flags with parameters. What is left rounds
 * as IEEE says wherever its operands come from, and a constant that becomes
 * a parameter no longer changes a result. Both forms are what the IR
 * allows: contraction is a permission, not a duty. */
#include "optimize/optimize.h"

#include <llvm-c/DebugInfo.h>
#include <stdlib.h>
#include <string.h>

/* Which (triple, CPU, features) have FMA, float and double: asked of LLVM
 * (support/backend.c) once per process for each that functions use, since
 * every unit (with --out-dir, every input's) would ask the same. */
typedef struct fma_answer {
  char *triple, *cpu, *features;
  bool has[2];
} fma_answer;

struct uk_fma_answers {
  fma_answer *list;
  uint32_t n;
};

typedef struct resolver {
  LLVMModuleRef m;
  LLVMBuilderRef b;
  const char *triple, *cpu, *features; /* the target's */
  uk_fma_answers *answers;
} resolver;

static char *string_attribute(LLVMValueRef f, const char *kind, const char *otherwise) {
  LLVMAttributeRef a = LLVMGetStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, kind, (unsigned)strlen(kind));
  unsigned len = 0;
  const char *v = a ? LLVMGetStringAttributeValue(a, &len) : NULL;
  return v ? uk_xstrndup(v, len) : uk_xstrdup(otherwise);
}

/* LLVM compiles a function for its own "target-cpu" and "target-features"
 * where it has them, in place of the target's. */
static bool has_fma(resolver *r, LLVMValueRef f, LLVMTypeRef type) {
  LLVMTypeKind kind = LLVMGetTypeKind(type);
  if (kind == LLVMVectorTypeKind || kind == LLVMScalableVectorTypeKind) kind = LLVMGetTypeKind(LLVMGetElementType(type));
  if (kind != LLVMFloatTypeKind && kind != LLVMDoubleTypeKind) return false;
  bool dbl = kind == LLVMDoubleTypeKind;
  char *cpu = string_attribute(f, "target-cpu", r->cpu), *features = string_attribute(f, "target-features", r->features);
  uk_fma_answers *as = r->answers;
  for (uint32_t k = 0; k < as->n; k++)
    if (!strcmp(as->list[k].triple, r->triple) && !strcmp(as->list[k].cpu, cpu) &&
        !strcmp(as->list[k].features, features)) {
      free(cpu);
      free(features);
      return as->list[k].has[dbl];
    }
  as->list = uk_xrealloc(as->list, (as->n + 1) * sizeof *as->list);
  fma_answer *a = &as->list[as->n++];
  *a = (fma_answer){uk_xstrdup(r->triple), cpu, features, {uk_target_has_fma(r->triple, cpu, features, false),
                                                           uk_target_has_fma(r->triple, cpu, features, true)}};
  return a->has[dbl];
}

/* Only plain `contract` is settled: with other fast-math flags LLVM may
 * reassociate and vectorize reductions, which a settled form would forbid,
 * and the fingerprint never merges such a function with parameters. */
static bool only_contract(LLVMValueRef v) {
  return LLVMGetFastMathFlags(v) == LLVMFastMathAllowContract;
}

static bool is_contract_op(LLVMValueRef v, LLVMOpcode op) {
  return v && LLVMIsAInstruction(v) && LLVMGetInstructionOpcode(v) == op && only_contract(v);
}

static bool one_use(LLVMValueRef v) {
  LLVMUseRef u = LLVMGetFirstUse(v);
  return u && !LLVMGetNextUse(u);
}

/* The builder folds constant operands, as IEEE says and not as the
 * function's "denormal-fp-math" may: instructions are built on a
 * placeholder operand (at, of the same type) and then given their own. */
static LLVMValueRef with_operands(LLVMValueRef i, LLVMValueRef x, LLVMValueRef y) {
  LLVMSetOperand(i, 0, x);
  if (y) LLVMSetOperand(i, 1, y);
  return i;
}

static LLVMValueRef build_fneg(resolver *r, LLVMValueRef at, LLVMValueRef x) {
  return with_operands(LLVMBuildFNeg(r->b, at, ""), x, NULL);
}

static LLVMValueRef build_fma(resolver *r, LLVMValueRef x, LLVMValueRef y, LLVMValueRef z) {
  unsigned id = LLVMLookupIntrinsicID("llvm.fma", 8);
  LLVMTypeRef t = LLVMTypeOf(x);
  LLVMValueRef fn = LLVMGetIntrinsicDeclaration(r->m, id, &t, 1);
  LLVMValueRef args[] = {x, y, z};
  return LLVMBuildCall2(r->b, LLVMIntrinsicGetType(LLVMGetModuleContext(r->m), id, &t, 1), fn, args, 3, "");
}

/* at's uses, debug location and name go to with, and at goes */
static void replace(LLVMValueRef at, LLVMValueRef with) {
  size_t len;
  const char *name = LLVMGetValueName2(at, &len);
  char *keep = uk_xstrndup(name, len);
  LLVMInstructionSetDebugLoc(with, LLVMInstructionGetDebugLoc(at));
  LLVMReplaceAllUsesWith(at, with);
  LLVMInstructionEraseFromParent(at);
  LLVMSetValueName2(with, keep, len);
  free(keep);
}

/* A contract fadd/fsub of a single-use contract fmul: fma(a, b, c), with
 * negations (exact) for fsub. The fmul must come before i in its block, or
 * in another one (code that no path reaches may use a value first). What
 * replaced i, or NULL. */
static LLVMValueRef fuse_pair(resolver *r, LLVMValueRef i) {
  LLVMOpcode op = LLVMGetInstructionOpcode(i);
  for (unsigned k = 0; k < 2; k++) {
    LLVMValueRef mul = LLVMGetOperand(i, k), other = LLVMGetOperand(i, 1 - k);
    if (!is_contract_op(mul, LLVMFMul) || !one_use(mul)) continue;
    LLVMValueRef x = LLVMGetOperand(mul, 0), y = LLVMGetOperand(mul, 1);
    if (x == mul || y == mul) continue;
    bool before = LLVMGetInstructionParent(mul) != LLVMGetInstructionParent(i);
    for (LLVMValueRef p = LLVMGetPreviousInstruction(i); p && !before; p = LLVMGetPreviousInstruction(p))
      before = p == mul;
    if (!before) continue;
    LLVMPositionBuilderBefore(r->b, i);
    if (op == LLVMFSub && k == 0) other = build_fneg(r, i, other); /* a*b - c */
    if (op == LLVMFSub && k == 1) x = build_fneg(r, i, x);         /* c - a*b */
    LLVMValueRef fma = build_fma(r, x, y, other);
    replace(i, fma);
    LLVMInstructionEraseFromParent(mul);
    return fma;
  }
  return NULL;
}

static void resolve_fmuladd(resolver *r, LLVMValueRef call, bool fuse) {
  LLVMValueRef x = LLVMGetOperand(call, 0), y = LLVMGetOperand(call, 1), z = LLVMGetOperand(call, 2);
  LLVMPositionBuilderBefore(r->b, call); /* which gives what is built call's debug location */
  LLVMValueRef with;
  if (fuse) {
    with = build_fma(r, x, y, z);
  } else {
    LLVMValueRef product = with_operands(LLVMBuildFMul(r->b, call, call, ""), x, y);
    with = with_operands(LLVMBuildFAdd(r->b, call, call, ""), product, z);
  }
  replace(call, with);
}

/* LLVMSetFastMathFlags adds flags and never clears one: an instruction
 * without `contract` is a new one, with the old one's metadata and name. */
static void drop_contract(resolver *r, LLVMValueRef i) {
  LLVMOpcode op = LLVMGetInstructionOpcode(i);
  LLVMPositionBuilderBefore(r->b, i);
  LLVMValueRef n = op == LLVMFNeg ? build_fneg(r, i, LLVMGetOperand(i, 0))
                                  : with_operands(LLVMBuildBinOp(r->b, op, i, i, ""), LLVMGetOperand(i, 0),
                                                  LLVMGetOperand(i, 1));
  size_t nmd;
  LLVMValueMetadataEntry *md = LLVMInstructionGetAllMetadataOtherThanDebugLoc(i, &nmd);
  LLVMContextRef c = LLVMGetTypeContext(LLVMTypeOf(i));
  for (unsigned k = 0; k < nmd; k++)
    LLVMSetMetadata(n, LLVMValueMetadataEntriesGetKind(md, k),
                    LLVMMetadataAsValue(c, LLVMValueMetadataEntriesGetMetadata(md, k)));
  if (md) LLVMDisposeValueMetadataEntries(md);
  replace(i, n);
}

static void resolve_function(resolver *r, LLVMValueRef f) {
  for (int pass = 0; pass < 2; pass++)
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb)) {
      LLVMValueRef i = LLVMGetFirstInstruction(bb);
      while (i) {
        /* what is built goes before i; a fused fmul came before it */
        LLVMValueRef next = LLVMGetNextInstruction(i);
        LLVMOpcode op = LLVMGetInstructionOpcode(i);
        if (pass == 0 && (op == LLVMFAdd || op == LLVMFSub) && is_contract_op(i, op) && has_fma(r, f, LLVMTypeOf(i)))
          fuse_pair(r, i);
        else if (pass == 0 && op == LLVMCall && uk_calls_named(i, "llvm.fmuladd.") &&
                 (!LLVMGetFastMathFlags(i) || only_contract(i)))
          resolve_fmuladd(r, i, has_fma(r, f, LLVMTypeOf(i)));
        else if (pass == 1 && uk_is_float_arithmetic(op) && only_contract(i))
          drop_contract(r, i);
        i = next;
      }
    }
}

void uk_resolve_contraction(LLVMModuleRef m, const char *triple, const char *cpu, const char *features,
                            uk_fma_answers **answers) {
  if (!*answers) *answers = uk_xcalloc(1, sizeof **answers);
  resolver r = {m, LLVMCreateBuilderInContext(LLVMGetModuleContext(m)), triple, cpu, features, *answers};
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
    if (!LLVMIsDeclaration(f)) resolve_function(&r, f);
  LLVMDisposeBuilder(r.b);
}

void uk_fma_answers_free(uk_fma_answers *answers) {
  if (!answers) return;
  for (uint32_t k = 0; k < answers->n; k++) {
    free(answers->list[k].triple);
    free(answers->list[k].cpu);
    free(answers->list[k].features);
  }
  free(answers->list);
  free(answers);
}
