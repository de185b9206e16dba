/* Freestanding types and the mmt4d ABI constants shared by the ukernel
 * sources (no libc: compiled with -nostdinc -ffreestanding). */
#ifndef UKLINK_UKERNEL_H
#define UKLINK_UKERNEL_H

typedef __INT8_TYPE__ uk_i8;
typedef __UINT8_TYPE__ uk_u8;
typedef __INT16_TYPE__ uk_i16;
typedef __UINT16_TYPE__ uk_u16;
typedef __INT32_TYPE__ uk_i32;
typedef __UINT32_TYPE__ uk_u32;
typedef __INT64_TYPE__ uk_i64;
typedef __UINT64_TYPE__ uk_u64;

/* flags, bits 0-7: element types (lhs, rhs, out) */
enum {
  UK_MMT4D_F32F32F32 = 0x01,
  UK_MMT4D_S8S8S32 = 0x02,
  UK_MMT4D_F16F16F32 = 0x03,
  UK_MMT4D_F16F16F16 = 0x04,
  UK_MMT4D_BF16BF16F32 = 0x05,
  UK_MMT4D_BF16BF16BF16 = 0x06,
  UK_MMT4D_S16S16S32 = 0x07,
  UK_MMT4D_S16U4S32 = 0x08,
  UK_MMT4D_S16S8S32 = 0x09,
  UK_MMT4D_S8S4S32 = 0x0A,
  UK_MMT4D_TYPE_MASK = 0xFF,
  UK_MMT4D_ACCUMULATE = 0x100,
  UK_MMT4D_ALLOW_GENERIC_FALLBACK = 0x200,
  UK_MMT4D_SKIP_INTERMEDIATE_ROUNDINGS = 0x400,
};

/* x86_64 cpu_data[0] bits and IREE's ISA levels */
#define UK_X86_AVX (1ull << 10)
#define UK_X86_FMA (1ull << 11)
#define UK_X86_F16C (1ull << 14)
#define UK_X86_AVX2 (1ull << 15)
#define UK_X86_AVX512F (1ull << 20)
#define UK_X86_AVX512CD (1ull << 21)
#define UK_X86_AVX512VL (1ull << 22)
#define UK_X86_AVX512DQ (1ull << 23)
#define UK_X86_AVX512BW (1ull << 24)
#define UK_X86_AVX512VNNI (1ull << 28)
#define UK_X86_AVX512BF16 (1ull << 31)
#define UK_X86_LEVEL_AVX2_FMA (UK_X86_AVX2 | UK_X86_FMA | UK_X86_F16C)
#define UK_X86_LEVEL_AVX512_BASE                                                                   \
  (UK_X86_LEVEL_AVX2_FMA | UK_X86_AVX512F | UK_X86_AVX512CD | UK_X86_AVX512VL | UK_X86_AVX512DQ | \
   UK_X86_AVX512BW)
#define UK_X86_LEVEL_AVX512_VNNI (UK_X86_LEVEL_AVX512_BASE | UK_X86_AVX512VNNI)
#define UK_X86_LEVEL_AVX512_BF16 (UK_X86_LEVEL_AVX512_BASE | UK_X86_AVX512BF16)

/* aarch64 cpu_data[0] bits */
#define UK_ARM_FULLFP16 (1ull << 10)
#define UK_ARM_FP16FML (1ull << 11)
#define UK_ARM_DOTPROD (1ull << 12)
#define UK_ARM_I8MM (1ull << 13)
#define UK_ARM_BF16 (1ull << 14)

/* riscv64 cpu_data[0] bits */
#define UK_RV_V (1ull << 0)
#define UK_RV_ZVFHMIN (1ull << 1)

/* Every mmt4d entry, the generic one and each tile's, has this signature, so
 * that uklink can specialize a call by changing only its callee. It returns
 * 0: IREE 3.13 declares iree_uk_mmt4d as returning i32 (the reference ABI
 * says void); returning int serves callers of either kind. */
#define UK_MMT4D_PARAMS                                                                                 \
  const void *lhs_buffer, uk_i64 lhs_offset, uk_i64 lhs_stride0, const void *rhs_buffer, uk_i64 rhs_offset, \
      uk_i64 rhs_stride0, void *out_buffer, uk_i64 out_offset, uk_i64 out_stride0, uk_i64 M, uk_i64 N,   \
      uk_i64 K, uk_i32 M0, uk_i32 N0, uk_i32 K0, uk_u32 flags, const uk_u64 *cpu_data
#define UK_MMT4D_ARGS                                                                                  \
  lhs_buffer, lhs_offset, lhs_stride0, rhs_buffer, rhs_offset, rhs_stride0, out_buffer, out_offset, out_stride0, \
      M, N, K, M0, N0, K0, flags, cpu_data

uk_i32 iree_uk_mmt4d(UK_MMT4D_PARAMS);
/* The generic implementation: any types and tile shape. */
uk_i32 iree_uk_mmt4d_generic(UK_MMT4D_PARAMS);

#define UK_INLINE static inline __attribute__((always_inline))

/* Defines the entry NAME for a tile body TILE(out, lhs, rhs, K, flags) of
 * M0 x N0 x K0 with element types LT, RT, OT: the loops over the M x N tiles.
 * (A 4-bit type would count elements per byte: no fast tile uses one.) */
#define UK_DEFINE_MMT4D_ENTRY(NAME, TILE, TM0, TN0, LT, RT, OT)                                       \
  uk_i32 NAME(UK_MMT4D_PARAMS) {                                                                    \
    (void)M0; (void)N0; (void)K0; (void)cpu_data;                                                     \
    for (uk_i64 i = 0; i < M; i++)                                                                   \
      for (uk_i64 j = 0; j < N; j++)                                                                 \
        TILE((OT *)out_buffer + out_offset + i * out_stride0 + j * (TM0) * (TN0),                     \
             (const LT *)lhs_buffer + lhs_offset + i * lhs_stride0,                                  \
             (const RT *)rhs_buffer + rhs_offset + j * rhs_stride0, K, flags);                       \
    return 0;                                                                                        \
  }

#endif
