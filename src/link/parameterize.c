/* The kernel of a class of near-duplicates (dedupe/near.c): the canonical
 * member's body, moved into a function that takes, after the member's own
 * parameters, one parameter per differing constant, which replaces that
 * constant in every slot the plan names (uk_param_slot's walk order, the
 * order of the fingerprint's consts). A splat slot gets the parameter
 * broadcast once, at the top of the entry block.
 *
 * The kernel keeps the canonical member's attributes and debug subprogram
 * (the moved instructions' locations point into it), and is never inlined:
 * its callers are the members' thunks, and inlining it back into each would
 * compile it once per member again. */
#include "link/link.h"

#include <llvm-c/DebugInfo.h>
#include <stdlib.h>
#include <string.h>

/* A slot's type code (integer width, or 256 + LLVMTypeKind) as a type. */
static LLVMTypeRef code_type(LLVMContextRef c, uint64_t code) {
  if (code < 256) return LLVMIntTypeInContext(c, (unsigned)code);
  switch ((LLVMTypeKind)(code - 256)) {
  case LLVMHalfTypeKind: return LLVMHalfTypeInContext(c);
  case LLVMBFloatTypeKind: return LLVMBFloatTypeInContext(c);
  case LLVMFloatTypeKind: return LLVMFloatTypeInContext(c);
  default: return LLVMDoubleTypeInContext(c);
  }
}

LLVMTypeRef uk_param_kernel_type(LLVMContextRef c, LLVMTypeRef fnty, const uk_class *cls, const uk_fn_summary *s) {
  unsigned n = LLVMCountParamTypes(fnty);
  LLVMTypeRef *ps = uk_xcalloc(n + cls->num_params, sizeof *ps);
  LLVMGetParamTypes(fnty, ps);
  for (uint32_t p = 0; p < cls->num_params; p++) ps[n + p] = code_type(c, s->consts[2 * cls->param_slot[p]]);
  LLVMTypeRef t = LLVMFunctionType(LLVMGetReturnType(fnty), ps, n + cls->num_params, false);
  free(ps);
  return t;
}

LLVMValueRef *uk_member_constants(LLVMContextRef c, const uk_class *cls, const uk_fn_summary *s) {
  LLVMValueRef *vals = uk_xcalloc(cls->num_params ? cls->num_params : 1, sizeof *vals);
  for (uint32_t p = 0; p < cls->num_params; p++) {
    uint64_t code = s->consts[2 * cls->param_slot[p]], bits = s->consts[2 * cls->param_slot[p] + 1];
    LLVMTypeRef t = code_type(c, code);
    if (code < 256) {
      vals[p] = LLVMConstInt(t, bits, false);
    } else {
      /* the exact bits, NaN payloads too: a bitcast of an integer folds */
      unsigned width = LLVMGetTypeKind(t) == LLVMFloatTypeKind ? 32 : LLVMGetTypeKind(t) == LLVMDoubleTypeKind ? 64 : 16;
      vals[p] = LLVMConstBitCast(LLVMConstInt(LLVMIntTypeInContext(c, width), bits, false), t);
    }
  }
  return vals;
}

typedef struct slot_use {
  LLVMValueRef inst;
  unsigned operand;
  uint32_t param;
} slot_use;

/* The slots of f's body that become parameters, in walk order. */
static slot_use *find_slots(LLVMValueRef f, const uk_class *cls, uint32_t *n) {
  unsigned immarg = uk_immarg_kind();
  slot_use *uses = NULL;
  uint32_t slot = 0;
  *n = 0;
  for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
    for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
      int nops = LLVMGetNumOperands(i);
      for (int k = 0; k < nops; k++) {
        if (!uk_param_slot(i, (unsigned)k, immarg)) continue;
        uint32_t p = slot < cls->num_slots ? cls->slot_param[slot] : UINT32_MAX;
        slot++;
        if (p == UINT32_MAX) continue;
        uses = uk_xrealloc(uses, (*n + 1) * sizeof *uses);
        uses[(*n)++] = (slot_use){i, (unsigned)k, p};
      }
    }
  /* the plan's slots are this body's: anything else is a bug */
  if (slot != cls->num_slots) {
    free(uses);
    *n = 0;
    return NULL;
  }
  return uses;
}

LLVMValueRef uk_param_kernel(LLVMModuleRef m, LLVMValueRef fn, const uk_class *cls, const uk_fn_summary *s) {
  uint32_t nuses;
  slot_use *uses = find_slots(fn, cls, &nuses);
  if (!uses && cls->num_params) return NULL;
  LLVMContextRef c = LLVMGetModuleContext(m);
  LLVMTypeRef kty = uk_param_kernel_type(c, LLVMGlobalGetValueType(fn), cls, s);
  LLVMValueRef k = LLVMAddFunction(m, cls->kernel, kty);
  LLVMSetFunctionCallConv(k, LLVMGetFunctionCallConv(fn));
  const char *section = LLVMGetSection(fn);
  if (section && *section) LLVMSetSection(k, section);
  if (LLVMGetAlignment(fn)) LLVMSetAlignment(k, LLVMGetAlignment(fn));
  unsigned nparams = LLVMCountParams(fn);
  uk_copy_attributes(fn, k);
  unsigned noinline = LLVMGetEnumAttributeKindForName("noinline", 8);
  unsigned always = LLVMGetEnumAttributeKindForName("alwaysinline", 12);
  if (!LLVMGetEnumAttributeAtIndex(k, LLVMAttributeFunctionIndex, always))
    LLVMAddAttributeAtIndex(k, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(c, noinline, 0));

  /* the body moves, block by block; the member's parameters become the
   * kernel's first ones */
  while (LLVMGetFirstBasicBlock(fn)) {
    LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn);
    LLVMRemoveBasicBlockFromParent(bb);
    LLVMAppendExistingBasicBlock(k, bb);
  }
  for (unsigned i = 0; i < nparams; i++) {
    size_t len;
    const char *pname = LLVMGetValueName2(LLVMGetParam(fn, i), &len);
    LLVMSetValueName2(LLVMGetParam(k, i), pname, len);
    LLVMReplaceAllUsesWith(LLVMGetParam(fn, i), LLVMGetParam(k, i));
  }
  LLVMMetadataRef sp = LLVMGetSubprogram(fn);
  if (sp) {
    LLVMGlobalEraseMetadata(fn, 0); /* !dbg: a subprogram belongs to one function */
    LLVMSetSubprogram(k, sp);
  }

  /* each slot that varies takes its parameter (a splat of it for a vector) */
  LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
  LLVMBasicBlockRef entry = LLVMGetFirstBasicBlock(k);
  LLVMValueRef first = LLVMGetFirstInstruction(entry);
  for (uint32_t u = 0; u < nuses; u++) {
    LLVMValueRef param = LLVMGetParam(k, nparams + uses[u].param);
    LLVMTypeRef ot = LLVMTypeOf(LLVMGetOperand(uses[u].inst, uses[u].operand));
    LLVMValueRef v = param;
    if (LLVMGetTypeKind(ot) == LLVMVectorTypeKind) {
      unsigned lanes = LLVMGetVectorSize(ot);
      LLVMTypeRef i32 = LLVMInt32TypeInContext(c);
      LLVMPositionBuilderBefore(b, first);
      LLVMValueRef one = LLVMBuildInsertElement(b, LLVMGetPoison(ot), param, LLVMConstInt(i32, 0, false), "");
      v = LLVMBuildShuffleVector(b, one, LLVMGetPoison(ot), LLVMConstNull(LLVMVectorType(i32, lanes)), "");
    }
    LLVMSetOperand(uses[u].inst, uses[u].operand, v);
  }
  LLVMDisposeBuilder(b);
  free(uses);
  return k;
}
