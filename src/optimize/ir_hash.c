/* ir_hash: the BLAKE3 of a module's text, what the cache's key is made of,
 * with each identified struct type called by the order of its definition.
 *
 * A module parsed into a context that already knew types of the same names
 * (a shell, parsed with the target's other inputs) prints them with a
 * suffix that counts those inputs (%iree_hal_executable_library_header_t.44),
 * so the text of one input's shell would depend on the inputs before it: a
 * build with one input less would miss every shell after it. A type's name
 * says nothing of the machine code; its place among the definitions does
 * not depend on other modules. A local value that happens to share a type's
 * name is renamed too: its name says nothing of the code either. Strings
 * are left as they are. */
#include "optimize/optimize.h"

#include <llvm-c/blake3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_name_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' ||
         ch == '$' || ch == '.' || ch == '_';
}

/* The length of the name token at p (after a '%'): a quoted string, or
 * name characters; 0 if neither. */
static size_t name_length(const char *p) {
  if (*p == '"') {
    const char *q = strchr(p + 1, '"');
    return q ? (size_t)(q - p) + 1 : 0;
  }
  size_t n = 0;
  while (is_name_char(p[n])) n++;
  return n;
}

typedef struct type_names {
  const char **name;
  size_t *len;
  uint32_t n;
} type_names;

/* The identified struct types, in the order the text defines them: lines
 * "%NAME = type ...", which LLVM prints before anything else. */
static type_names defined_types(const char *text) {
  type_names t = {0};
  for (const char *line = text; line && *line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
    if (*line != '%') continue;
    size_t n = name_length(line + 1);
    if (!n || strncmp(line + 1 + n, " = type ", 8) != 0) continue;
    t.name = uk_xrealloc(t.name, (t.n + 1) * sizeof *t.name);
    t.len = uk_xrealloc(t.len, (t.n + 1) * sizeof *t.len);
    t.name[t.n] = line + 1;
    t.len[t.n++] = n;
  }
  return t;
}

void uk_hash_ir_text(const char *text, uint8_t hash[UK_IR_HASH_LEN]) {
  type_names t = defined_types(text);
  llvm_blake3_hasher h;
  llvm_blake3_hasher_init(&h);
  const char *done = text; /* hashed up to here */
  for (const char *p = t.n ? text : NULL; p && *p;) {
    if (*p == '"') { /* a string ("%d" in a constant is no type): LLVM prints a quote inside one as \22 */
      const char *q = strchr(p + 1, '"');
      p = q ? q + 1 : p + strlen(p);
      continue;
    }
    if (*p != '%') {
      p++;
      continue;
    }
    size_t n = name_length(p + 1);
    uint32_t k = 0;
    while (k < t.n && !(t.len[k] == n && memcmp(t.name[k], p + 1, n) == 0)) k++;
    if (n && k < t.n) {
      /* marked by bytes LLVM never prints raw, so no other text reads the same */
      char renamed[24];
      int len = snprintf(renamed, sizeof renamed, "%%\001%u\001", k);
      llvm_blake3_hasher_update(&h, done, (size_t)(p - done));
      llvm_blake3_hasher_update(&h, renamed, (size_t)len);
      done = p + 1 + n;
    }
    p += 1 + n;
  }
  llvm_blake3_hasher_update(&h, done, strlen(done));
  llvm_blake3_hasher_finalize(&h, hash, UK_IR_HASH_LEN);
  free(t.name);
  free(t.len);
}
