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

void iree_uk_mmt4d(const void *lhs_buffer, uk_i64 lhs_offset, uk_i64 lhs_stride0, const void *rhs_buffer,
                   uk_i64 rhs_offset, uk_i64 rhs_stride0, void *out_buffer, uk_i64 out_offset,
                   uk_i64 out_stride0, uk_i64 M, uk_i64 N, uk_i64 K, uk_i32 M0, uk_i32 N0, uk_i32 K0,
                   uk_u32 flags, const uk_u64 *cpu_data);

#endif
