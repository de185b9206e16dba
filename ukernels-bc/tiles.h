/* The mmt4d tiles shared by the ISA levels of every architecture. The
 * including file includes its intrinsics header, then sets
 *   UK_VW      the vector width in 32-bit lanes = N0 (8: AVX2, NEON x2, RVV;
 *              16: AVX-512)
 *   UK_N0      the same, as a literal for the names
 *   UK_ISA     the name suffix (x86_64_avx2_fma, aarch64_neon, ...)
 *   UK_DOT_S16(acc, a, b)  acc + pairwise s16 dot products (pmaddwd+add,
 *              vpdpwssd, or UK_DOT_S16_PORTABLE)
 * and, for a bf16 dot product instruction, UK_DOT_BF16(acc, a, b).
 *
 * Every tile keeps one vector accumulator per row (M0 of them) and
 * broadcasts one LHS element (or pair) per row per k. Small M0 would leave
 * too few independent FMA chains to hide latency, so the accumulators are
 * split along K into SPLITS sets (>= 8 chains), summed at the end. */
#include "ukernel.h"

typedef float uk_vf __attribute__((ext_vector_type(UK_VW)));
typedef int uk_vi __attribute__((ext_vector_type(UK_VW)));
typedef unsigned uk_vu __attribute__((ext_vector_type(UK_VW)));
typedef short uk_vs2 __attribute__((ext_vector_type(2 * UK_VW)));
typedef signed char uk_vc2 __attribute__((ext_vector_type(2 * UK_VW)));
typedef _Float16 uk_vh __attribute__((ext_vector_type(UK_VW)));

/* Pairwise s16 dot products in plain vector code, for ISAs without one. */
#define UK_DOT_S16_PORTABLE(acc, a, b) ((acc) + uk_dot_s16_portable((a), (b)))
UK_INLINE uk_vi uk_dot_s16_portable(uk_vs2 a, uk_vs2 b) {
  uk_vi r;
  for (int i = 0; i < UK_VW; i++) r[i] = (int)((unsigned)a[2 * i] * (unsigned)b[2 * i] + (unsigned)a[2 * i + 1] * (unsigned)b[2 * i + 1]);
  return r;
}

#define UK_LOAD(T, p) ({ T v_; __builtin_memcpy(&v_, (p), sizeof v_); v_; })
#define UK_STORE(p, v) do { __typeof__(v) v_ = (v); __builtin_memcpy((p), &v_, sizeof v_); } while (0)
#define UK_SPLITS(M0) ((M0) >= 8 ? 1 : 8 / (M0))
/* Widened LHS values are stored and then broadcast from memory: a broadcast
 * load folds into the FMA, where LLVM would otherwise forward the store and
 * build each broadcast with shuffles (one shuffle port, two shuffles per FMA).
 * The empty asm with a memory operand keeps the store. */
#define UK_KEEP_IN_MEMORY(buf) __asm__("" : "+m"(buf))
#define UK_CAT_(a, b) a##b
#define UK_CAT(a, b) UK_CAT_(a, b)
#define UK_STR_(a) #a
#define UK_NAME_(types, M0, N0, K0, isa) iree_uk_mmt4d_##types##_##M0##x##N0##x##K0##_##isa
#define UK_NAME_X(types, M0, N0, K0, isa) UK_NAME_(types, M0, N0, K0, isa)
/* iree_uk_mmt4d_<types>_<M0>x<N0>x<K0>_<isa>: see docs/ukernels.md */
#define UK_NAME(types, M0, N0, K0) UK_NAME_X(types, M0, N0, K0, UK_ISA)

/* Loop skeleton: ACC_T acc[U][M0], STEP(u, k) adds step k into acc[u][*]. */
#define UK_TILE_LOOP(ACC_T, ZERO, M0, STEP)                                            \
  enum { U = UK_SPLITS(M0) };                                                          \
  ACC_T acc[U][M0];                                                                    \
  for (int u = 0; u < U; u++)                                                          \
    for (int m = 0; m < M0; m++) acc[u][m] = (ACC_T)(ZERO);                            \
  if (flags & UK_MMT4D_ACCUMULATE)                                                     \
    for (int m = 0; m < M0; m++) acc[0][m] = UK_LOAD(ACC_T, out + m * UK_VW);          \
  uk_i64 k = 0;                                                                        \
  for (; k + U <= K; k += U)                                                           \
    for (int u = 0; u < U; u++) STEP(u, k + u);                                        \
  for (; k < K; k++) STEP(0, k);                                                       \
  for (int u = 1; u < U; u++)                                                          \
    for (int m = 0; m < M0; m++) acc[0][m] += acc[u][m];                               \
  for (int m = 0; m < M0; m++) UK_STORE(out + m * UK_VW, acc[0][m]);

/* The same, for LHS types widened first: PREP(kc, n) widens steps kc..kc+n-1
 * into buf (C steps at most), then STEP(u, k, j) reads step k at buf row j.
 * Widening a chunk at a time keeps the stores well ahead of the broadcast
 * loads (a load right after a wide store stalls store forwarding). */
#define UK_CHUNK 32
#define UK_TILE_LOOP_CHUNKED(ACC_T, ZERO, M0, BUF_T, BUF_PER_STEP, PREP, STEP)          \
  enum { U = UK_SPLITS(M0) };                                                          \
  ACC_T acc[U][M0];                                                                    \
  BUF_T buf[UK_CHUNK * (BUF_PER_STEP)];                                                \
  for (int u = 0; u < U; u++)                                                          \
    for (int m = 0; m < M0; m++) acc[u][m] = (ACC_T)(ZERO);                            \
  if (flags & UK_MMT4D_ACCUMULATE)                                                     \
    for (int m = 0; m < M0; m++) acc[0][m] = UK_LOAD(ACC_T, out + m * UK_VW);          \
  for (uk_i64 kc = 0; kc < K; kc += UK_CHUNK) {                                        \
    int n = K - kc < UK_CHUNK ? (int)(K - kc) : UK_CHUNK;                              \
    PREP(kc, n);                                                                       \
    UK_KEEP_IN_MEMORY(buf);                                                            \
    int j = 0;                                                                         \
    for (; j + U <= n; j += U)                                                         \
      for (int u = 0; u < U; u++) STEP(u, kc + j + u, j + u);                          \
    for (; j < n; j++) STEP(0, kc + j, j);                                             \
  }                                                                                    \
  for (int u = 1; u < U; u++)                                                          \
    for (int m = 0; m < M0; m++) acc[0][m] += acc[u][m];                               \
  for (int m = 0; m < M0; m++) UK_STORE(out + m * UK_VW, acc[0][m]);

/* Widens count elements from src to dst, 16 at a time. */
typedef _Float16 uk_h16x16 __attribute__((ext_vector_type(16)));
typedef float uk_f16x16 __attribute__((ext_vector_type(16)));
typedef signed char uk_c32 __attribute__((ext_vector_type(32)));
typedef short uk_s32 __attribute__((ext_vector_type(32)));
UK_INLINE void uk_widen_f16(float *restrict dst, const _Float16 *restrict src, int count) {
  int e = 0;
  for (; e + 16 <= count; e += 16) UK_STORE(dst + e, __builtin_convertvector(UK_LOAD(uk_h16x16, src + e), uk_f16x16));
  for (; e < count; e++) dst[e] = (float)src[e];
}
UK_INLINE void uk_widen_s8(short *restrict dst, const signed char *restrict src, int count) {
  int e = 0;
  for (; e + 32 <= count; e += 32) UK_STORE(dst + e, __builtin_convertvector(UK_LOAD(uk_c32, src + e), uk_s32));
  for (; e < count; e++) dst[e] = src[e];
}

/* f32f32f32, K0 = 1 */
#define UK_F32_STEP(u, kk)                                                             \
  do {                                                                                 \
    uk_vf r = UK_LOAD(uk_vf, rhs + (kk) * UK_VW);                                      \
    for (int m = 0; m < M0_; m++)                                                      \
      acc[u][m] = __builtin_elementwise_fma((uk_vf)lhs[(kk) * M0_ + m], r, acc[u][m]); \
  } while (0)
#define UK_DEFINE_F32(M0)                                                                          \
  UK_INLINE void UK_CAT(tile_f32_, M0)(float *restrict out, const float *restrict lhs,             \
                                       const float *restrict rhs, uk_i64 K, uk_u32 flags) {        \
    enum { M0_ = M0 };                                                                             \
    UK_TILE_LOOP(uk_vf, 0.0f, M0, UK_F32_STEP)                                                     \
  }                                                                                                \
  UK_DEFINE_MMT4D_ENTRY(UK_NAME(f32f32f32, M0, UK_N0, 1), UK_CAT(tile_f32_, M0), M0, UK_VW, float, \
                        float, float)

/* f16f16f32, K0 = 1: the LHS widened a chunk at a time, the RHS per step */
#define UK_F16_PREP(kc, n) uk_widen_f16(buf, lhs + (kc) * M0_, (n) * M0_)
#define UK_F16_STEP(u, kk, j)                                                              \
  do {                                                                                     \
    uk_vf r = __builtin_convertvector(UK_LOAD(uk_vh, rhs + (kk) * UK_VW), uk_vf);          \
    for (int m = 0; m < M0_; m++)                                                          \
      acc[u][m] = __builtin_elementwise_fma((uk_vf)buf[(j) * M0_ + m], r, acc[u][m]);      \
  } while (0)
#define UK_DEFINE_F16(M0)                                                                            \
  UK_INLINE void UK_CAT(tile_f16_, M0)(float *restrict out, const _Float16 *restrict lhs,           \
                                       const _Float16 *restrict rhs, uk_i64 K, uk_u32 flags) {       \
    enum { M0_ = M0 };                                                                               \
    UK_TILE_LOOP_CHUNKED(uk_vf, 0.0f, M0, float, M0, UK_F16_PREP, UK_F16_STEP)                       \
  }                                                                                                  \
  UK_DEFINE_MMT4D_ENTRY(UK_NAME(f16f16f32, M0, UK_N0, 1), UK_CAT(tile_f16_, M0), M0, UK_VW, _Float16, \
                        _Float16, float)

/* bf16bf16f32, K0 = 2. A pair of bf16 read as one 32-bit word w widens to
 * two f32 exactly: (w << 16) is element 0, (w & 0xffff0000) element 1. With a
 * bf16 dot product instruction the pairs go to it directly. */
#ifdef UK_DOT_BF16
#define UK_BF16_STEP(u, kk)                                                                 \
  do {                                                                                      \
    uk_vu r = UK_LOAD(uk_vu, rhs + (kk) * 2 * UK_VW);                                       \
    for (int m = 0; m < M0_; m++) {                                                         \
      unsigned pair;                                                                        \
      __builtin_memcpy(&pair, lhs + ((kk) * M0_ + m) * 2, 4);                               \
      acc[u][m] = UK_DOT_BF16(acc[u][m], (uk_vu)pair, r);                                   \
    }                                                                                       \
  } while (0)
#else
#define UK_BF16_STEP(u, kk)                                                                 \
  do {                                                                                      \
    uk_vu w = UK_LOAD(uk_vu, rhs + (kk) * 2 * UK_VW);                                       \
    uk_vf r0 = (uk_vf)(w << 16), r1 = (uk_vf)(w & 0xffff0000u);                             \
    for (int m = 0; m < M0_; m++) {                                                         \
      unsigned pair, b0, b1;                                                                \
      __builtin_memcpy(&pair, lhs + ((kk) * M0_ + m) * 2, 4);                               \
      b0 = pair << 16;                                                                      \
      b1 = pair & 0xffff0000u;                                                              \
      float l0, l1;                                                                         \
      __builtin_memcpy(&l0, &b0, 4);                                                        \
      __builtin_memcpy(&l1, &b1, 4);                                                        \
      acc[u][m] = __builtin_elementwise_fma((uk_vf)l0, r0, acc[u][m]);                      \
      acc[u][m] = __builtin_elementwise_fma((uk_vf)l1, r1, acc[u][m]);                      \
    }                                                                                       \
  } while (0)
#endif
#define UK_DEFINE_BF16(M0)                                                                             \
  UK_INLINE void UK_CAT(tile_bf16_, M0)(float *restrict out, const uk_u16 *restrict lhs,               \
                                        const uk_u16 *restrict rhs, uk_i64 K, uk_u32 flags) {          \
    enum { M0_ = M0 };                                                                                 \
    UK_TILE_LOOP(uk_vf, 0.0f, M0, UK_BF16_STEP)                                                        \
  }                                                                                                    \
  UK_DEFINE_MMT4D_ENTRY(UK_NAME(bf16bf16f32, M0, UK_N0, 2), UK_CAT(tile_bf16_, M0), M0, UK_VW, uk_u16, \
                        uk_u16, float)

/* s16s16s32 and s8s8s32, K0 = 2: the RHS pairs (sign-extended to s16 for
 * s8) against the broadcast LHS pair of each row, pairwise summed into s32.
 * The 32-bit sums wrap around, as the ABI's int32 accumulation does. */
#define UK_S16_STEP(u, kk)                                                                    \
  do {                                                                                        \
    uk_vs2 r = UK_LOAD(uk_vs2, rhs + (kk) * 2 * UK_VW);                                       \
    for (int m = 0; m < M0_; m++) {                                                           \
      int pair;                                                                               \
      __builtin_memcpy(&pair, lhs + ((kk) * M0_ + m) * 2, 4);                                 \
      acc[u][m] = UK_DOT_S16(acc[u][m], (uk_vs2)(uk_vi)pair, r);                              \
    }                                                                                         \
  } while (0)
#define UK_S8_PREP(kc, n) uk_widen_s8(buf, lhs + (kc) * 2 * M0_, (n) * 2 * M0_)
#define UK_S8_STEP(u, kk, j)                                                                  \
  do {                                                                                        \
    uk_vs2 r = __builtin_convertvector(UK_LOAD(uk_vc2, rhs + (kk) * 2 * UK_VW), uk_vs2);      \
    for (int m = 0; m < M0_; m++) {                                                           \
      int pair;                                                                               \
      __builtin_memcpy(&pair, buf + ((j) * M0_ + m) * 2, 4);                                  \
      acc[u][m] = UK_DOT_S16(acc[u][m], (uk_vs2)(uk_vi)pair, r);                              \
    }                                                                                         \
  } while (0)
#define UK_DEFINE_S16(M0)                                                                               \
  UK_INLINE void UK_CAT(tile_s16_, M0)(int *restrict out, const short *restrict lhs,                    \
                                       const short *restrict rhs, uk_i64 K, uk_u32 flags) {             \
    enum { M0_ = M0 };                                                                                  \
    UK_TILE_LOOP(uk_vi, 0, M0, UK_S16_STEP)                                                             \
  }                                                                                                     \
  UK_DEFINE_MMT4D_ENTRY(UK_NAME(s16s16s32, M0, UK_N0, 2), UK_CAT(tile_s16_, M0), M0, UK_VW, short, short, \
                        int)
#define UK_DEFINE_S8(M0)                                                                                \
  UK_INLINE void UK_CAT(tile_s8_, M0)(int *restrict out, const signed char *restrict lhs,              \
                                      const signed char *restrict rhs, uk_i64 K, uk_u32 flags) {       \
    enum { M0_ = M0 };                                                                                  \
    UK_TILE_LOOP_CHUNKED(uk_vi, 0, M0, short, 2 * M0, UK_S8_PREP, UK_S8_STEP)                          \
  }                                                                                                     \
  UK_DEFINE_MMT4D_ENTRY(UK_NAME(s8s8s32, M0, UK_N0, 2), UK_CAT(tile_s8_, M0), M0, UK_VW, signed char,   \
                        signed char, int)
