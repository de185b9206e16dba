/* entry: one cached unit as bytes that prove themselves whole. The checksum
 * covers the header too, so a length or key changed by damage fails it; the
 * key inside the entry makes an entry stored under another key's name (a
 * copy, a rename by hand) a miss. */
#include "cache/cache.h"

#include <llvm-c/blake3.h>
#include <string.h>

static const char MAGIC[8] = {'U', 'K', 'C', 'A', 'C', 'H', 'E', '1'};
enum { HEADER = 8 + UK_CACHE_KEY_LEN + 8 + 8, SUM = 32 };

static void put_u64(uint8_t *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_u64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; i++) v |= (uint64_t)p[i] << (8 * i);
  return v;
}

static void checksum(const uint8_t *header, const uint8_t *payload, size_t len, uint8_t sum[SUM]) {
  llvm_blake3_hasher h;
  llvm_blake3_hasher_init(&h);
  llvm_blake3_hasher_update(&h, header, HEADER);
  llvm_blake3_hasher_update(&h, payload, len);
  llvm_blake3_hasher_finalize(&h, sum, SUM);
}

void uk_entry_encode(const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *payload, double seconds, uk_buf *out) {
  uint8_t header[HEADER], sum[SUM];
  memcpy(header, MAGIC, 8);
  memcpy(header + 8, key, UK_CACHE_KEY_LEN);
  put_u64(header + 8 + UK_CACHE_KEY_LEN, payload->len);
  uint64_t bits;
  memcpy(&bits, &seconds, sizeof bits);
  put_u64(header + 16 + UK_CACHE_KEY_LEN, bits);
  checksum(header, payload->data, payload->len, sum);
  uk_buf_put(out, header, HEADER);
  uk_buf_put(out, sum, SUM);
  uk_buf_put(out, payload->data, payload->len);
}

bool uk_entry_decode(const uint8_t key[UK_CACHE_KEY_LEN], const uint8_t *data, size_t len, uk_buf *payload,
                     double *seconds) {
  if (len < HEADER + SUM || memcmp(data, MAGIC, 8) || memcmp(data + 8, key, UK_CACHE_KEY_LEN)) return false;
  uint64_t n = get_u64(data + 8 + UK_CACHE_KEY_LEN);
  if (n != len - HEADER - SUM) return false;
  uint8_t sum[SUM];
  checksum(data, data + HEADER + SUM, n, sum);
  if (memcmp(sum, data + HEADER, SUM)) return false;
  uint64_t bits = get_u64(data + 16 + UK_CACHE_KEY_LEN);
  memcpy(seconds, &bits, sizeof *seconds);
  uk_buf_put(payload, data + HEADER + SUM, n);
  return true;
}

void uk_key_hex(const uint8_t key[UK_CACHE_KEY_LEN], char hex[2 * UK_CACHE_KEY_LEN + 1]) {
  static const char digits[] = "0123456789abcdef";
  for (int i = 0; i < UK_CACHE_KEY_LEN; i++) {
    hex[2 * i] = digits[key[i] >> 4];
    hex[2 * i + 1] = digits[key[i] & 15];
  }
  hex[2 * UK_CACHE_KEY_LEN] = 0;
}
