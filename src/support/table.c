/* One small hash table, for whoever needs to find an index by key: the
 * fingerprint walker's pointer maps (values, types, metadata, ...) and
 * collect's canonical forms by BLAKE3 hash. Open addressing with linear
 * probing in a power-of-two array kept at most half full: a lookup is a
 * hash and, nearly always, one comparison. The walker looks up several
 * times per instruction, so keys are whole 64-bit words: no byte loops. */
#include "support/support.h"

#include <stdlib.h>
#include <string.h>

static uint32_t key_hash(const uint64_t *key, uint32_t words) {
  uint64_t h = 0;
  /* multiplying spreads a pointer's middle bits, where pointers differ,
   * into the high bits, which the shift brings down */
  for (uint32_t i = 0; i < words; i++) h = (h ^ key[i]) * 0x9e3779b97f4a7c15ULL;
  return (uint32_t)(h >> 32);
}

static bool same_key(const uint64_t *a, const uint64_t *b, uint32_t words) {
  for (uint32_t i = 0; i < words; i++)
    if (a[i] != b[i]) return false;
  return true;
}

/* The slot that holds key, or the empty one where it would go. */
static inline uint32_t slot_of(const uk_table *t, const uint64_t *key) {
  uint32_t mask = t->cap - 1, words = t->key_words;
  if (words == 1) { /* pointers: the walker's many lookups, kept tight */
    uint32_t i = key_hash(key, 1) & mask;
    while (t->vals[i] && t->keys[i] != key[0]) i = (i + 1) & mask;
    return i;
  }
  uint32_t i = key_hash(key, words) & mask;
  while (t->vals[i] && !same_key(t->keys + (size_t)i * words, key, words)) i = (i + 1) & mask;
  return i;
}

static void grow(uk_table *t) {
  uk_table n = {.key_words = t->key_words, .cap = t->cap ? t->cap * 2 : 64, .len = t->len};
  n.keys = uk_xcalloc((size_t)n.cap * n.key_words, sizeof *n.keys);
  n.vals = uk_xcalloc(n.cap, sizeof *n.vals);
  for (uint32_t i = 0; i < t->cap; i++) {
    if (!t->vals[i]) continue;
    const uint64_t *key = t->keys + (size_t)i * t->key_words;
    uint32_t j = slot_of(&n, key);
    memcpy(n.keys + (size_t)j * n.key_words, key, n.key_words * sizeof *key);
    n.vals[j] = t->vals[i];
  }
  free(t->keys);
  free(t->vals);
  *t = n;
}

void uk_table_put(uk_table *t, const uint64_t *key, uint32_t key_words, uint32_t val) {
  t->key_words = key_words;
  if ((t->len + 1) * 2 > t->cap) grow(t);
  uint32_t i = slot_of(t, key);
  if (!t->vals[i]) {
    memcpy(t->keys + (size_t)i * key_words, key, key_words * sizeof *key);
    t->len++;
  }
  t->vals[i] = val + 1;
}

bool uk_table_get(const uk_table *t, const uint64_t *key, uint32_t key_words, uint32_t *val) {
  if (!t->cap || key_words != t->key_words) return false;
  uint32_t i = slot_of(t, key);
  if (!t->vals[i]) return false;
  *val = t->vals[i] - 1;
  return true;
}

void uk_table_free(uk_table *t) {
  free(t->keys);
  free(t->vals);
  *t = (uk_table){0};
}
