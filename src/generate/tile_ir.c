/* Generating one mmt4d tile entry as LLVM IR.
 *
 * The entry iree_uk_mmt4d_<types>_<M0>x<N0>x<K0>_<arch>_<isa> is built like
 * the hand-written tiles (ukernels-bc/tiles.h):
 *  - one vector accumulator per row and per group of W lanes (N0 = W x G);
 *  - split into U sets along K when M0 is small, so that at least 8
 *    independent chains hide the FMA latency;
 *  - per k step, one RHS vector per group, and each row's LHS element (or
 *    pair) broadcast against it;
 *  - LHS types that need widening (f16, bf16 to f32; s8 to s16 for the x86
 *    dot products) are widened 32 k-steps at a time into a stack buffer, so
 *    that each broadcast is a load (a lane of a register costs a shuffle);
 *    an empty asm with a memory clobber keeps LLVM from forwarding them;
 *  - on x86, K0 = 2 integer tiles use pmaddwd or vpdpwssd and bf16 tiles
 *    vdpbf16ps when the ISA level has them: the generic widening
 *    multiply-add is lowered badly (host-performance.md).
 *  - bf16 K0 = 2 tiles without vdpbf16ps read the RHS and each LHS pair as
 *    i32 lanes and split them into f32 with a shift and a mask (no buffer).
 * Accumulators and loop counters are allocas, each loaded and stored whole:
 * the first SROA of the O2 pipeline makes them SSA values and phis. */
#include "generate/generate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK = 32 };

typedef enum dot_kind { DOT_NONE, DOT_PMADD256, DOT_PMADD512, DOT_VNNI512, DOT_BF16_512 } dot_kind;

typedef struct gen {
  LLVMContextRef c;
  LLVMModuleRef m;
  LLVMBuilderRef b;
  LLVMValueRef fn;
  const uk_mmt4d_name *t;
  LLVMTypeRef i1, i8, i16, i32, i64, f32, ptr, voidt;
  LLVMTypeRef lhs_ty, rhs_ty, out_ty; /* element types */
  bool is_float, narrow_out, widen_lhs;
  bool bf16_pairs;                    /* bf16 K0 = 2 without a dot product: pairs as i32 lanes */
  LLVMTypeRef buf_ty;                 /* element type of the widened LHS */
  int M0, N0, K0, W, G, U;
  dot_kind dot;
} gen;

static LLVMValueRef ci64(gen *g, long long v) { return LLVMConstInt(g->i64, (unsigned long long)v, 1); }
static LLVMValueRef ci32(gen *g, long long v) { return LLVMConstInt(g->i32, (unsigned long long)v, 1); }
static LLVMTypeRef vec(LLVMTypeRef t, int n) { return LLVMVectorType(t, (unsigned)n); }
static LLVMBasicBlockRef block(gen *g, const char *name) { return LLVMAppendBasicBlockInContext(g->c, g->fn, name); }

static LLVMValueRef gep(gen *g, LLVMTypeRef elem, LLVMValueRef base, LLVMValueRef index) {
  return LLVMBuildGEP2(g->b, elem, base, &index, 1, "");
}

/* A load of type ty from element index of base (elements of type elem),
 * aligned as elem only: tiles need not be vector-aligned. */
static unsigned elem_align(LLVMTypeRef elem) {
  switch (LLVMGetTypeKind(elem)) {
  case LLVMIntegerTypeKind: return LLVMGetIntTypeWidth(elem) / 8;
  case LLVMHalfTypeKind: case LLVMBFloatTypeKind: return 2;
  default: return 4;
  }
}

static LLVMValueRef load_at(gen *g, LLVMTypeRef ty, LLVMTypeRef elem, LLVMValueRef base, LLVMValueRef index) {
  LLVMValueRef v = LLVMBuildLoad2(g->b, ty, gep(g, elem, base, index), "");
  LLVMSetAlignment(v, elem_align(elem));
  return v;
}

static void store_at(gen *g, LLVMValueRef v, LLVMTypeRef elem, LLVMValueRef base, LLVMValueRef index) {
  LLVMValueRef s = LLVMBuildStore(g->b, v, gep(g, elem, base, index));
  LLVMSetAlignment(s, elem_align(elem));
}

static LLVMValueRef splat(gen *g, LLVMValueRef scalar, int n) {
  LLVMValueRef v = LLVMBuildInsertElement(g->b, LLVMGetPoison(vec(LLVMTypeOf(scalar), n)), scalar, ci32(g, 0), "");
  LLVMValueRef mask = LLVMConstNull(vec(g->i32, n));
  return LLVMBuildShuffleVector(g->b, v, LLVMGetPoison(LLVMTypeOf(v)), mask, "");
}

static LLVMValueRef intrinsic(gen *g, const char *name, LLVMTypeRef *overloads, unsigned n_over, LLVMValueRef *args,
                              unsigned nargs) {
  unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
  LLVMValueRef decl = LLVMGetIntrinsicDeclaration(g->m, id, overloads, n_over);
  LLVMTypeRef fty = LLVMIntrinsicGetType(g->c, id, overloads, n_over);
  return LLVMBuildCall2(g->b, fty, decl, args, nargs, "");
}

/* The same type with another element type (a scalar stays a scalar). */
static LLVMTypeRef like(LLVMValueRef v, LLVMTypeRef elem) {
  LLVMTypeRef t = LLVMTypeOf(v);
  return LLVMGetTypeKind(t) == LLVMVectorTypeKind ? vec(elem, (int)LLVMGetVectorSize(t)) : elem;
}

static LLVMValueRef splat_like(gen *g, LLVMValueRef v, LLVMTypeRef elem, unsigned long long c) {
  LLVMValueRef k = LLVMConstInt(elem, c, 0);
  LLVMTypeRef t = LLVMTypeOf(v);
  if (LLVMGetTypeKind(t) != LLVMVectorTypeKind) return k;
  unsigned n = LLVMGetVectorSize(t);
  LLVMValueRef *ks = uk_xcalloc(n, sizeof *ks);
  for (unsigned i = 0; i < n; i++) ks[i] = k;
  LLVMValueRef r = LLVMConstVector(ks, n);
  free(ks);
  (void)g;
  return r;
}

/* Conversions between f32 and the 16-bit float types, never as library
 * calls (a generated tile is linked with nothing else): bf16 by integer
 * operations everywhere; f16 by the target's conversions where every CPU of
 * the ISA level has them (F16C, AArch64), else widened by integer
 * operations (riscv64). */
static bool native_f16(gen *g) { return strcmp(g->t->arch, "riscv64") != 0; }

static LLVMValueRef f16_bits_to_f32(gen *g, LLVMValueRef h16) {
  LLVMBuilderRef b = g->b;
  LLVMTypeRef i32 = like(h16, g->i32);
  LLVMValueRef h = LLVMBuildZExt(b, h16, i32, "");
  LLVMValueRef sign = LLVMBuildShl(b, LLVMBuildAnd(b, h, splat_like(g, h, g->i32, 0x8000), ""), splat_like(g, h, g->i32, 16), "");
  LLVMValueRef exp = LLVMBuildAnd(b, LLVMBuildLShr(b, h, splat_like(g, h, g->i32, 10), ""), splat_like(g, h, g->i32, 31), "");
  LLVMValueRef man = LLVMBuildAnd(b, h, splat_like(g, h, g->i32, 0x3ff), "");
  LLVMValueRef normal = LLVMBuildOr(b, LLVMBuildShl(b, LLVMBuildAdd(b, exp, splat_like(g, h, g->i32, 112), ""),
                                                     splat_like(g, h, g->i32, 23), ""),
                                     LLVMBuildShl(b, man, splat_like(g, h, g->i32, 13), ""), "");
  LLVMValueRef special = LLVMBuildOr(b, splat_like(g, h, g->i32, 0x7f800000),
                                      LLVMBuildShl(b, man, splat_like(g, h, g->i32, 13), ""), "");
  /* zero and subnormals: man x 2^-24, exactly */
  LLVMValueRef sub = LLVMBuildFMul(b, LLVMBuildUIToFP(b, man, like(h16, g->f32), ""),
                                   LLVMBuildBitCast(b, splat_like(g, h, g->i32, 0x33800000), like(h16, g->f32), ""), "");
  LLVMValueRef bits = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, exp, splat_like(g, h, g->i32, 31), ""), special,
                                      normal, "");
  bits = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, exp, splat_like(g, h, g->i32, 0), ""),
                         LLVMBuildBitCast(b, sub, i32, ""), bits, "");
  return LLVMBuildBitCast(b, LLVMBuildOr(b, bits, sign, ""), like(h16, g->f32), "");
}

static LLVMValueRef to_f32(gen *g, LLVMValueRef v) {
  LLVMTypeRef t = LLVMTypeOf(v);
  LLVMTypeRef elem = LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMGetElementType(t) : t;
  if (elem == g->f32) return v;
  if (LLVMGetTypeKind(elem) == LLVMHalfTypeKind && native_f16(g)) return LLVMBuildFPExt(g->b, v, like(v, g->f32), "");
  LLVMValueRef bits = LLVMBuildBitCast(g->b, v, like(v, g->i16), "");
  if (LLVMGetTypeKind(elem) == LLVMHalfTypeKind) return f16_bits_to_f32(g, bits);
  LLVMValueRef w = LLVMBuildShl(g->b, LLVMBuildZExt(g->b, bits, like(v, g->i32), ""), splat_like(g, v, g->i32, 16), "");
  return LLVMBuildBitCast(g->b, w, like(v, g->f32), "");
}

/* f32 to the 16-bit output type, rounding to nearest even. */
static LLVMValueRef from_f32(gen *g, LLVMValueRef v, LLVMTypeRef elem) {
  if (LLVMGetTypeKind(elem) == LLVMHalfTypeKind) return LLVMBuildFPTrunc(g->b, v, like(v, elem), "");
  LLVMBuilderRef b = g->b;
  LLVMValueRef x = LLVMBuildBitCast(b, v, like(v, g->i32), "");
  LLVMValueRef lsb = LLVMBuildAnd(b, LLVMBuildLShr(b, x, splat_like(g, v, g->i32, 16), ""), splat_like(g, v, g->i32, 1), "");
  LLVMValueRef rounded = LLVMBuildLShr(b, LLVMBuildAdd(b, x, LLVMBuildAdd(b, lsb, splat_like(g, v, g->i32, 0x7fff), ""), ""),
                                       splat_like(g, v, g->i32, 16), "");
  LLVMValueRef quiet = LLVMBuildOr(b, LLVMBuildLShr(b, x, splat_like(g, v, g->i32, 16), ""), splat_like(g, v, g->i32, 0x40), "");
  LLVMValueRef nan = LLVMBuildICmp(b, LLVMIntUGT, LLVMBuildAnd(b, x, splat_like(g, v, g->i32, 0x7fffffff), ""),
                                   splat_like(g, v, g->i32, 0x7f800000), "");
  LLVMValueRef r = LLVMBuildTrunc(b, LLVMBuildSelect(b, nan, quiet, rounded, ""), like(v, g->i16), "");
  return LLVMBuildBitCast(b, r, like(v, elem), "");
}

/* The two bf16 halves of i32 lanes (a bf16 pair, k0 = 0 in the low half) as
 * f32: a bf16 is the top half of the f32 it stands for, so the low half
 * shifted up and the high half masked are exact. */
static LLVMValueRef bf16_low_f32(gen *g, LLVMValueRef w) {
  return LLVMBuildBitCast(g->b, LLVMBuildShl(g->b, w, splat_like(g, w, g->i32, 16), ""), like(w, g->f32), "");
}

static LLVMValueRef bf16_high_f32(gen *g, LLVMValueRef w) {
  return LLVMBuildBitCast(g->b, LLVMBuildAnd(g->b, w, splat_like(g, w, g->i32, 0xffff0000u), ""), like(w, g->f32), "");
}

/* Widening of an element to the accumulation type (f32 or i32). */
static LLVMValueRef to_acc(gen *g, LLVMValueRef v) {
  if (g->is_float) return to_f32(g, v);
  LLVMTypeRef t = LLVMTypeOf(v);
  LLVMTypeRef elem = LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMGetElementType(t) : t;
  return elem == g->i32 ? v : LLVMBuildSExt(g->b, v, like(v, g->i32), "");
}

/* ---- the per-step computation ----------------------------------------- */

typedef struct tile_vals {
  LLVMValueRef out, lhs, rhs, K, flags; /* the tile function's arguments */
  LLVMValueRef *acc;                    /* allocas [U][M0][G], each <W x acc> */
  LLVMValueRef buf;                     /* the widened LHS chunk, or NULL */
  LLVMValueRef kc;                      /* first k of the chunk (alloca) */
} tile_vals;

static LLVMValueRef *acc_slot(gen *g, tile_vals *tv, int u, int m, int gi) {
  return &tv->acc[(u * g->M0 + m) * g->G + gi];
}

static LLVMTypeRef acc_vec(gen *g) { return vec(g->is_float ? g->f32 : g->i32, g->W); }

/* The LHS value of row m, k0 at step k: from the widened buffer (row j of
 * the chunk) or from the tile. */
static LLVMValueRef lhs_scalar(gen *g, tile_vals *tv, LLVMValueRef k, LLVMValueRef j, int m, int k0) {
  LLVMValueRef idx;
  if (tv->buf) {
    idx = LLVMBuildAdd(g->b, LLVMBuildMul(g->b, j, ci64(g, g->M0 * g->K0), ""), ci64(g, m * g->K0 + k0), "");
    return load_at(g, g->buf_ty, g->buf_ty, tv->buf, idx);
  }
  idx = LLVMBuildAdd(g->b, LLVMBuildMul(g->b, k, ci64(g, g->M0 * g->K0), ""), ci64(g, m * g->K0 + k0), "");
  return to_acc(g, load_at(g, g->lhs_ty, g->lhs_ty, tv->lhs, idx));
}

/* The 32-bit pair (k0 = 0, 1) of row m as one i32: from the widened s16
 * buffer, or straight from an s16/bf16 tile. */
static LLVMValueRef lhs_pair(gen *g, tile_vals *tv, LLVMValueRef k, LLVMValueRef j, int m) {
  LLVMValueRef base = tv->buf ? tv->buf : tv->lhs;
  LLVMValueRef row = tv->buf ? j : k;
  LLVMValueRef idx = LLVMBuildAdd(g->b, LLVMBuildMul(g->b, row, ci64(g, g->M0 * 2), ""), ci64(g, m * 2), "");
  LLVMValueRef p = gep(g, tv->buf ? g->buf_ty : g->lhs_ty, base, idx);
  LLVMValueRef v = LLVMBuildLoad2(g->b, g->i32, p, "");
  LLVMSetAlignment(v, 2);
  return v;
}

static void step(gen *g, tile_vals *tv, int u, LLVMValueRef k, LLVMValueRef j) {
  int W = g->W, K0 = g->K0;
  for (int gi = 0; gi < g->G; gi++) {
    /* RHS elements of step k, group gi: W columns x K0, contiguous */
    LLVMValueRef ridx = LLVMBuildMul(g->b, LLVMBuildAdd(g->b, LLVMBuildMul(g->b, k, ci64(g, g->N0), ""),
                                                        ci64(g, gi * W), ""), ci64(g, K0), "");
    LLVMValueRef rall = load_at(g, vec(g->rhs_ty, W * K0), g->rhs_ty, tv->rhs, ridx);
    if (g->dot != DOT_NONE) {
      LLVMValueRef r;
      if (g->dot == DOT_BF16_512) {
        r = rall; /* <32 x bfloat> */
      } else {
        r = LLVMTypeOf(rall) == vec(g->i16, W * 2) ? rall : LLVMBuildSExt(g->b, rall, vec(g->i16, W * 2), "");
      }
      for (int m = 0; m < g->M0; m++) {
        LLVMValueRef pair = splat(g, lhs_pair(g, tv, k, j, m), W);
        LLVMValueRef *slot = acc_slot(g, tv, u, m, gi);
        LLVMValueRef acc = LLVMBuildLoad2(g->b, acc_vec(g), *slot, "");
        LLVMValueRef res;
        if (g->dot == DOT_VNNI512) {
          LLVMValueRef args[] = {acc, LLVMBuildBitCast(g->b, pair, vec(g->i16, 32), ""), r};
          res = intrinsic(g, "llvm.x86.avx512.vpdpwssd.512", NULL, 0, args, 3);
        } else if (g->dot == DOT_BF16_512) {
          LLVMTypeRef bf = LLVMBFloatTypeInContext(g->c);
          LLVMValueRef args[] = {acc, LLVMBuildBitCast(g->b, pair, vec(bf, 32), ""), r};
          res = intrinsic(g, "llvm.x86.avx512bf16.dpbf16ps.512", NULL, 0, args, 3);
        } else {
          const char *name = g->dot == DOT_PMADD512 ? "llvm.x86.avx512.pmaddw.d.512" : "llvm.x86.avx2.pmadd.wd";
          LLVMValueRef args[] = {LLVMBuildBitCast(g->b, pair, vec(g->i16, W * 2), ""), r};
          res = LLVMBuildAdd(g->b, acc, intrinsic(g, name, NULL, 0, args, 2), "");
        }
        LLVMBuildStore(g->b, res, *slot);
      }
      continue;
    }
    if (g->bf16_pairs) {
      /* RHS and each row's LHS pair read as i32 lanes and split into their
       * two f32 values by a shift and a mask, as the prebuilt tiles do: the
       * generic path below shuffles the RHS apart and widens the LHS into
       * the buffer element by element. Same values, same FMA order. */
      LLVMValueRef w = LLVMBuildBitCast(g->b, rall, vec(g->i32, W), "");
      LLVMValueRef r[2] = {bf16_low_f32(g, w), bf16_high_f32(g, w)};
      for (int m = 0; m < g->M0; m++) {
        LLVMValueRef pair = lhs_pair(g, tv, k, j, m);
        LLVMValueRef l[2] = {splat(g, bf16_low_f32(g, pair), W), splat(g, bf16_high_f32(g, pair), W)};
        LLVMValueRef *slot = acc_slot(g, tv, u, m, gi);
        for (int k0 = 0; k0 < 2; k0++) {
          LLVMTypeRef over = acc_vec(g);
          LLVMValueRef args[] = {l[k0], r[k0], LLVMBuildLoad2(g->b, acc_vec(g), *slot, "")};
          LLVMBuildStore(g->b, intrinsic(g, "llvm.fmuladd", &over, 1, args, 3), *slot);
        }
      }
      continue;
    }
    for (int k0 = 0; k0 < K0; k0++) {
      LLVMValueRef r = rall;
      if (K0 > 1) { /* every K0-th element, from k0 */
        LLVMValueRef *mask = uk_xcalloc((size_t)W, sizeof *mask);
        for (int e = 0; e < W; e++) mask[e] = ci32(g, e * K0 + k0);
        r = LLVMBuildShuffleVector(g->b, rall, LLVMGetPoison(LLVMTypeOf(rall)), LLVMConstVector(mask, (unsigned)W), "");
        free(mask);
      }
      r = to_acc(g, r);
      for (int m = 0; m < g->M0; m++) {
        LLVMValueRef l = splat(g, lhs_scalar(g, tv, k, j, m, k0), W);
        LLVMValueRef *slot = acc_slot(g, tv, u, m, gi);
        LLVMValueRef acc = LLVMBuildLoad2(g->b, acc_vec(g), *slot, "");
        LLVMValueRef res;
        if (g->is_float) {
          LLVMTypeRef over = acc_vec(g);
          LLVMValueRef args[] = {l, r, acc};
          res = intrinsic(g, "llvm.fmuladd", &over, 1, args, 3);
          if (g->narrow_out) {
            /* the ABI's intermediate roundings, unless SKIP_INTERMEDIATE_ROUNDINGS */
            LLVMValueRef rounded = to_f32(g, from_f32(g, res, g->out_ty));
            LLVMValueRef skip = LLVMBuildICmp(g->b, LLVMIntNE, LLVMBuildAnd(g->b, tv->flags, ci32(g, 0x400), ""),
                                              ci32(g, 0), "");
            res = LLVMBuildSelect(g->b, skip, res, rounded, "");
          }
        } else {
          res = LLVMBuildAdd(g->b, acc, LLVMBuildMul(g->b, l, r, ""), "");
        }
        LLVMBuildStore(g->b, res, *slot);
      }
    }
  }
}

/* ---- loops ------------------------------------------------------------ */

/* for (*var = from; *var < limit; *var += stride) { body(...) }: returns the
 * body block (the builder is left there) and the exit block in *exit; the
 * caller calls loop_end. */
typedef struct loop {
  LLVMValueRef var;
  LLVMValueRef stride;
  LLVMBasicBlockRef head, body, exit;
} loop;

static void loop_begin(gen *g, loop *l, LLVMValueRef var, LLVMValueRef from, LLVMValueRef limit_of_next,
                       LLVMValueRef stride, bool inclusive_next) {
  /* condition: var + (inclusive_next ? stride : 1) <= limit, i.e. var + stride - 1 < limit */
  l->var = var;
  l->stride = stride;
  LLVMBuildStore(g->b, from, var);
  l->head = block(g, "head");
  l->body = block(g, "body");
  l->exit = block(g, "exit");
  LLVMBuildBr(g->b, l->head);
  LLVMPositionBuilderAtEnd(g->b, l->head);
  LLVMValueRef v = LLVMBuildLoad2(g->b, g->i64, var, "");
  LLVMValueRef probe = inclusive_next ? LLVMBuildAdd(g->b, v, stride, "") : LLVMBuildAdd(g->b, v, ci64(g, 1), "");
  LLVMValueRef cond = LLVMBuildICmp(g->b, LLVMIntSLE, probe, limit_of_next, "");
  LLVMBuildCondBr(g->b, cond, l->body, l->exit);
  LLVMPositionBuilderAtEnd(g->b, l->body);
}

static void loop_end(gen *g, loop *l) {
  LLVMValueRef v = LLVMBuildLoad2(g->b, g->i64, l->var, "");
  LLVMBuildStore(g->b, LLVMBuildAdd(g->b, v, l->stride, ""), l->var);
  LLVMBuildBr(g->b, l->head);
  LLVMPositionBuilderAtEnd(g->b, l->exit);
}

static LLVMValueRef entry_alloca(gen *g, LLVMTypeRef ty) {
  /* allocas in the entry block, where SROA finds them */
  LLVMBasicBlockRef here = LLVMGetInsertBlock(g->b);
  LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(g->fn);
  LLVMValueRef first = LLVMGetFirstInstruction(entry);
  if (first) LLVMPositionBuilderBefore(g->b, first);
  else LLVMPositionBuilderAtEnd(g->b, entry);
  LLVMValueRef a = LLVMBuildAlloca(g->b, ty, "");
  LLVMPositionBuilderAtEnd(g->b, here);
  return a;
}

/* ---- the tile function ------------------------------------------------ */

static LLVMValueRef build_tile(gen *g, const char *entry_name) {
  LLVMTypeRef params[] = {g->ptr, g->ptr, g->ptr, g->i64, g->i32};
  LLVMTypeRef fty = LLVMFunctionType(g->voidt, params, 5, 0);
  /* named after its entry, so that names never depend on what else a
   * module holds */
  char *tile_name = uk_format("%s.tile", entry_name);
  g->fn = LLVMAddFunction(g->m, tile_name, fty);
  free(tile_name);
  LLVMSetLinkage(g->fn, LLVMInternalLinkage);
  unsigned ai = LLVMGetEnumAttributeKindForName("alwaysinline", 12);
  LLVMAddAttributeAtIndex(g->fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->c, ai, 0));
  tile_vals tv = {LLVMGetParam(g->fn, 0), LLVMGetParam(g->fn, 1), LLVMGetParam(g->fn, 2), LLVMGetParam(g->fn, 3),
                  LLVMGetParam(g->fn, 4), NULL, NULL, NULL};
  LLVMPositionBuilderAtEnd(g->b, block(g, "entry"));

  int nacc = g->U * g->M0 * g->G;
  tv.acc = uk_xcalloc((size_t)nacc, sizeof *tv.acc);
  for (int a = 0; a < nacc; a++) tv.acc[a] = entry_alloca(g, acc_vec(g));
  if (g->widen_lhs) tv.buf = entry_alloca(g, LLVMArrayType2(g->buf_ty, (uint64_t)CHUNK * g->M0 * g->K0));
  LLVMValueRef kc = entry_alloca(g, g->i64), k = entry_alloca(g, g->i64), e = entry_alloca(g, g->i64);

  /* accumulators: zero, or the output tile when ACCUMULATE */
  LLVMValueRef accumulate =
      LLVMBuildICmp(g->b, LLVMIntNE, LLVMBuildAnd(g->b, tv.flags, ci32(g, 0x100), ""), ci32(g, 0), "");
  for (int m = 0; m < g->M0; m++)
    for (int gi = 0; gi < g->G; gi++) {
      LLVMValueRef loaded = to_acc(g, load_at(g, vec(g->out_ty, g->W), g->out_ty, tv.out, ci64(g, m * g->N0 + gi * g->W)));
      LLVMValueRef zero = LLVMConstNull(acc_vec(g));
      for (int u = 0; u < g->U; u++)
        LLVMBuildStore(g->b, u == 0 ? LLVMBuildSelect(g->b, accumulate, loaded, zero, "") : zero, *acc_slot(g, &tv, u, m, gi));
    }

  /* for kc in chunks of K */
  loop chunk;
  loop_begin(g, &chunk, kc, ci64(g, 0), tv.K, ci64(g, CHUNK), false);
  LLVMValueRef kc_v = LLVMBuildLoad2(g->b, g->i64, kc, "");
  LLVMValueRef rest = LLVMBuildSub(g->b, tv.K, kc_v, "");
  LLVMValueRef n = LLVMBuildSelect(g->b, LLVMBuildICmp(g->b, LLVMIntSLT, rest, ci64(g, CHUNK), ""), rest, ci64(g, CHUNK), "");
  if (tv.buf) {
    /* widen the chunk's LHS: n * M0 * K0 elements */
    loop w;
    LLVMValueRef count = LLVMBuildMul(g->b, n, ci64(g, g->M0 * g->K0), "");
    loop_begin(g, &w, e, ci64(g, 0), count, ci64(g, 1), false);
    LLVMValueRef ev = LLVMBuildLoad2(g->b, g->i64, e, "");
    LLVMValueRef src = LLVMBuildAdd(g->b, LLVMBuildMul(g->b, kc_v, ci64(g, g->M0 * g->K0), ""), ev, "");
    LLVMValueRef x = load_at(g, g->lhs_ty, g->lhs_ty, tv.lhs, src);
    x = g->buf_ty == g->f32 ? to_f32(g, x) : LLVMBuildSExt(g->b, x, g->buf_ty, "");
    store_at(g, x, g->buf_ty, tv.buf, ev);
    loop_end(g, &w);
    /* keep the widened values in memory: broadcasts load them */
    LLVMTypeRef bty = LLVMFunctionType(g->voidt, NULL, 0, 0);
    LLVMValueRef barrier = LLVMGetInlineAsm(bty, "", 0, "~{memory}", 9, 1, 0, LLVMInlineAsmDialectATT, 0);
    LLVMBuildCall2(g->b, bty, barrier, NULL, 0, "");
  }
  /* main loop: U steps at a time, one per accumulator set */
  loop main;
  loop_begin(g, &main, k, ci64(g, 0), n, ci64(g, g->U), true);
  for (int u = 0; u < g->U; u++) {
    LLVMValueRef j = LLVMBuildAdd(g->b, LLVMBuildLoad2(g->b, g->i64, k, ""), ci64(g, u), "");
    step(g, &tv, u, LLVMBuildAdd(g->b, kc_v, j, ""), j);
  }
  loop_end(g, &main);
  /* the remaining steps, into set 0 */
  loop tail;
  LLVMValueRef kv = LLVMBuildLoad2(g->b, g->i64, k, "");
  loop_begin(g, &tail, k, kv, n, ci64(g, 1), false);
  LLVMValueRef j = LLVMBuildLoad2(g->b, g->i64, k, "");
  step(g, &tv, 0, LLVMBuildAdd(g->b, kc_v, j, ""), j);
  loop_end(g, &tail);
  loop_end(g, &chunk);

  /* sum the sets, store (rounded to a narrow output type) */
  for (int m = 0; m < g->M0; m++)
    for (int gi = 0; gi < g->G; gi++) {
      LLVMValueRef sum = LLVMBuildLoad2(g->b, acc_vec(g), *acc_slot(g, &tv, 0, m, gi), "");
      for (int u = 1; u < g->U; u++) {
        LLVMValueRef x = LLVMBuildLoad2(g->b, acc_vec(g), *acc_slot(g, &tv, u, m, gi), "");
        sum = g->is_float ? LLVMBuildFAdd(g->b, sum, x, "") : LLVMBuildAdd(g->b, sum, x, "");
      }
      if (g->narrow_out) sum = from_f32(g, sum, g->out_ty);
      store_at(g, sum, g->out_ty, tv.out, ci64(g, m * g->N0 + gi * g->W));
    }
  LLVMBuildRetVoid(g->b);
  free(tv.acc);
  return g->fn;
}

/* ---- the entry: the loops over the M x N tiles ------------------------- */

/* The CPU a generated tile is compiled for: the architecture's baseline, so
 * that it has the features of its ISA level and no others. (Without a
 * "target-cpu" it would get the target machine's CPU, whose name can imply
 * features the host lacks: emeraldrapids implies AVX512-FP16, and the f16
 * conversions would become AVX512-FP16 instructions.) */
static const char *baseline_cpu(const char *arch) {
  return !strcmp(arch, "x86_64") ? "x86-64" : !strcmp(arch, "riscv64") ? "generic-rv64" : "generic";
}

static void add_string_attribute(gen *g, LLVMValueRef fn, const char *kind, const char *value) {
  LLVMAttributeRef a =
      LLVMCreateStringAttribute(g->c, kind, (unsigned)strlen(kind), value, (unsigned)strlen(value));
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, a);
}

static void build_entry(gen *g, LLVMValueRef tile, const char *name, const char *features, const char *tune_cpu) {
  LLVMTypeRef p[17] = {g->ptr, g->i64, g->i64, g->ptr, g->i64, g->i64, g->ptr, g->i64, g->i64,
                       g->i64, g->i64, g->i64, g->i32, g->i32, g->i32, g->i32, g->ptr};
  /* returns 0, as the prebuilt entries do (docs/ukernels.md) */
  LLVMTypeRef fty = LLVMFunctionType(g->i32, p, 17, 0);
  g->fn = LLVMAddFunction(g->m, name, fty);
  LLVMValueRef a[17];
  LLVMGetParams(g->fn, a);
  LLVMPositionBuilderAtEnd(g->b, block(g, "entry"));
  LLVMValueRef i = entry_alloca(g, g->i64), jv = entry_alloca(g, g->i64);
  loop li;
  loop_begin(g, &li, i, ci64(g, 0), a[9], ci64(g, 1), false);
  LLVMValueRef iv = LLVMBuildLoad2(g->b, g->i64, i, "");
  loop lj;
  loop_begin(g, &lj, jv, ci64(g, 0), a[10], ci64(g, 1), false);
  LLVMValueRef jj = LLVMBuildLoad2(g->b, g->i64, jv, "");
  LLVMValueRef lhs_idx = LLVMBuildAdd(g->b, a[1], LLVMBuildMul(g->b, iv, a[2], ""), "");
  LLVMValueRef rhs_idx = LLVMBuildAdd(g->b, a[4], LLVMBuildMul(g->b, jj, a[5], ""), "");
  LLVMValueRef out_idx = LLVMBuildAdd(g->b, LLVMBuildAdd(g->b, a[7], LLVMBuildMul(g->b, iv, a[8], ""), ""),
                                      LLVMBuildMul(g->b, jj, ci64(g, (long long)g->M0 * g->N0), ""), "");
  LLVMValueRef args[] = {gep(g, g->out_ty, a[6], out_idx), gep(g, g->lhs_ty, a[0], lhs_idx),
                         gep(g, g->rhs_ty, a[3], rhs_idx), a[11], a[15]};
  LLVMBuildCall2(g->b, LLVMGlobalGetValueType(tile), tile, args, 5, "");
  loop_end(g, &lj);
  loop_end(g, &li);
  LLVMBuildRet(g->b, ci32(g, 0));
  LLVMValueRef both[] = {g->fn, tile};
  for (int f = 0; f < 2; f++) {
    add_string_attribute(g, both[f], "target-cpu", baseline_cpu(g->t->arch));
    if (tune_cpu && *tune_cpu) add_string_attribute(g, both[f], "tune-cpu", tune_cpu);
    if (features && *features) add_string_attribute(g, both[f], "target-features", features);
  }
  unsigned nu = LLVMGetEnumAttributeKindForName("nounwind", 8);
  LLVMAddAttributeAtIndex(g->fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->c, nu, 0));
  LLVMAddAttributeAtIndex(tile, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->c, nu, 0));
}

/* ---- setup: element types, widths, which dot product ------------------ */

void uk_generate_tile(LLVMModuleRef m, const uk_mmt4d_name *t, const char *name, const char *tune_cpu) {
  LLVMContextRef c = LLVMGetModuleContext(m);
  gen g = {.c = c, .m = m, .t = t, .M0 = t->m0, .N0 = t->n0, .K0 = t->k0};
  g.b = LLVMCreateBuilderInContext(c);
  g.i1 = LLVMInt1TypeInContext(c);
  g.i8 = LLVMInt8TypeInContext(c);
  g.i16 = LLVMInt16TypeInContext(c);
  g.i32 = LLVMInt32TypeInContext(c);
  g.i64 = LLVMInt64TypeInContext(c);
  g.f32 = LLVMFloatTypeInContext(c);
  g.ptr = LLVMPointerTypeInContext(c, 0);
  g.voidt = LLVMVoidTypeInContext(c);
  LLVMTypeRef half = LLVMHalfTypeInContext(c), bf = LLVMBFloatTypeInContext(c);
  switch (t->type) {
  case UK_TYPE_F32F32F32: g.lhs_ty = g.rhs_ty = g.out_ty = g.f32; break;
  case UK_TYPE_S8S8S32: g.lhs_ty = g.rhs_ty = g.i8; g.out_ty = g.i32; break;
  case UK_TYPE_F16F16F32: g.lhs_ty = g.rhs_ty = half; g.out_ty = g.f32; break;
  case UK_TYPE_F16F16F16: g.lhs_ty = g.rhs_ty = g.out_ty = half; break;
  case UK_TYPE_BF16BF16F32: g.lhs_ty = g.rhs_ty = bf; g.out_ty = g.f32; break;
  case UK_TYPE_BF16BF16BF16: g.lhs_ty = g.rhs_ty = g.out_ty = bf; break;
  case UK_TYPE_S16S16S32: g.lhs_ty = g.rhs_ty = g.i16; g.out_ty = g.i32; break;
  default: g.lhs_ty = g.i16; g.rhs_ty = g.i8; g.out_ty = g.i32; break; /* s16s8s32 */
  }
  g.is_float = LLVMGetTypeKind(g.out_ty) != LLVMIntegerTypeKind;
  g.narrow_out = g.out_ty == half || g.out_ty == bf;
  const char *features = uk_isa_full_features(t->arch, t->isa);

  /* x86 dot products for K0 = 2, by ISA level */
  g.W = g.N0;
  bool x86 = !strcmp(t->arch, "x86_64");
  bool ints16 = !g.is_float && LLVMGetIntTypeWidth(g.lhs_ty) <= 16 && LLVMGetIntTypeWidth(g.rhs_ty) <= 16;
  if (x86 && t->k0 == 2 && ints16 && g.N0 % 16 == 0 && uk_feature_state(features, "avx512bw") > 0)
    g.dot = uk_feature_state(features, "avx512vnni") > 0 ? DOT_VNNI512 : DOT_PMADD512;
  else if (x86 && t->k0 == 2 && ints16 && g.N0 % 8 == 0 && uk_feature_state(features, "avx2") > 0)
    g.dot = DOT_PMADD256;
  else if (x86 && t->k0 == 2 && t->type == UK_TYPE_BF16BF16F32 && g.N0 % 16 == 0 &&
           uk_feature_state(features, "avx512bf16") > 0)
    g.dot = DOT_BF16_512;
  if (g.dot == DOT_PMADD256) g.W = 8;
  else if (g.dot != DOT_NONE) g.W = 16;
  g.G = g.N0 / g.W;
  int chains = g.M0 * g.G;
  g.U = chains >= 8 ? 1 : (8 + chains - 1) / chains;
  g.bf16_pairs = g.dot == DOT_NONE && t->k0 == 2 && g.lhs_ty == bf && g.rhs_ty == bf && !g.narrow_out;
  /* widened LHS: float types other than f32 (bf16 pairs aside); s8 for the
   * dot products */
  if (g.is_float && g.lhs_ty != g.f32 && g.dot == DOT_NONE && !g.bf16_pairs) {
    g.widen_lhs = true;
    g.buf_ty = g.f32;
  } else if (g.dot != DOT_NONE && g.dot != DOT_BF16_512 && g.lhs_ty == g.i8) {
    g.widen_lhs = true;
    g.buf_ty = g.i16;
  }
  LLVMValueRef tile = build_tile(&g, name);
  build_entry(&g, tile, name, features, tune_cpu);
  LLVMDisposeBuilder(g.b);
}
