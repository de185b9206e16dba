/* Byte buffers, checked allocation and a bounds-checked reader: the plain
 * data that crosses from worker processes to the parent. */
#include "support/support.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static void out_of_memory(void) {
  /* The one place the library stops the process: there is nothing sane to
   * return without memory. */
  fputs("uklink: error: out of memory\n", stderr);
  abort();
}

void *uk_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

void *uk_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) out_of_memory();
  return p;
}

void *uk_xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) out_of_memory();
  return p;
}

char *uk_xstrdup(const char *s) { return uk_xstrndup(s, strlen(s)); }

char *uk_xstrndup(const char *s, size_t n) {
  char *p = uk_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *uk_format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = uk_xmalloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return s;
}

double uk_cpu_now(void) {
  struct rusage self, children;
  getrusage(RUSAGE_SELF, &self);
  getrusage(RUSAGE_CHILDREN, &children);
  const struct timeval *t[] = {&self.ru_utime, &self.ru_stime, &children.ru_utime, &children.ru_stime};
  double s = 0;
  for (int k = 0; k < 4; k++) s += (double)t[k]->tv_sec + (double)t[k]->tv_usec * 1e-6;
  return s;
}

double uk_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void uk_buf_reserve(uk_buf *b, size_t extra) {
  if (b->len + extra <= b->cap) return;
  size_t cap = b->cap ? b->cap * 2 : 256;
  while (cap < b->len + extra) cap *= 2;
  b->data = uk_xrealloc(b->data, cap);
  b->cap = cap;
}

void uk_buf_put(uk_buf *b, const void *data, size_t len) {
  if (!len) return;
  uk_buf_reserve(b, len);
  memcpy(b->data + b->len, data, len);
  b->len += len;
}

void uk_buf_u8(uk_buf *b, uint8_t v) {
  uk_buf_reserve(b, 1);
  b->data[b->len++] = v;
}

void uk_buf_uv(uk_buf *b, uint64_t v) {
  uk_buf_reserve(b, 10);
  do {
    uint8_t byte = v & 0x7f;
    v >>= 7;
    b->data[b->len++] = byte | (v ? 0x80 : 0);
  } while (v);
}

void uk_buf_str(uk_buf *b, const char *s, size_t len) {
  uk_buf_uv(b, len);
  uk_buf_put(b, s, len);
}

void uk_buf_free(uk_buf *b) {
  free(b->data);
  *b = (uk_buf){0};
}

uint8_t uk_read_u8(uk_reader *r) {
  if (r->bad || r->p >= r->end) {
    r->bad = true;
    return 0;
  }
  return *r->p++;
}

uint64_t uk_read_uv(uk_reader *r) {
  uint64_t v = 0;
  for (unsigned shift = 0; shift < 64; shift += 7) {
    uint8_t byte = uk_read_u8(r);
    v |= (uint64_t)(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return v;
  }
  r->bad = true;
  return 0;
}

const uint8_t *uk_read_bytes(uk_reader *r, size_t len) {
  if (r->bad || (size_t)(r->end - r->p) < len) {
    r->bad = true;
    return NULL;
  }
  const uint8_t *p = r->p;
  r->p += len;
  return p;
}

const char *uk_read_str(uk_reader *r, size_t *len) {
  *len = uk_read_uv(r);
  return (const char *)uk_read_bytes(r, *len);
}

char *uk_first_line(const char *msg) {
  size_t n = strcspn(msg, "\r\n");
  return uk_xstrndup(msg, n);
}
