/* Input paths: files, directories (searched recursively for .bc and .ll) and
 * @response files (one path per line, may nest). The result is sorted and
 * duplicate-free, so that everything after it is independent of the order in
 * which the inputs were given. */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct path_list {
  char **items;
  uint32_t len, cap;
} path_list;

static void push(path_list *l, char *p) {
  if (l->len == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->items = uk_xrealloc(l->items, l->cap * sizeof *l->items);
  }
  l->items[l->len++] = p;
}

static bool has_ir_suffix(const char *name) {
  size_t n = strlen(name);
  return (n > 3 && strcmp(name + n - 3, ".bc") == 0) || (n > 3 && strcmp(name + n - 3, ".ll") == 0);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool add_path(uk_context *ctx, path_list *out, const char *arg, int depth);

static bool add_directory(uk_context *ctx, path_list *out, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) {
    uk_error(ctx, dir, NULL, "cannot open directory: %s", strerror(errno));
    return false;
  }
  path_list entries = {0};
  struct dirent *e;
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      push(&entries, uk_format("%s/%s", dir, e->d_name));
  closedir(d);
  if (entries.len) qsort(entries.items, entries.len, sizeof *entries.items, cmp_str);
  bool ok = true;
  for (uint32_t i = 0; i < entries.len; i++) {
    struct stat st;
    if (stat(entries.items[i], &st) == 0 && S_ISDIR(st.st_mode))
      ok &= add_directory(ctx, out, entries.items[i]);
    else if (has_ir_suffix(entries.items[i])) {
      push(out, entries.items[i]);
      entries.items[i] = NULL;
    }
    free(entries.items[i]);
  }
  free(entries.items);
  return ok;
}

static bool add_response_file(uk_context *ctx, path_list *out, const char *file, int depth) {
  uk_buf text = {0};
  if (!uk_read_file(ctx, file, &text)) return false;
  bool ok = true;
  char *p = (char *)text.data;
  while (p && *p) {
    char *end = strchr(p, '\n');
    if (end) *end = 0;
    /* trim */
    while (*p == ' ' || *p == '\t') p++;
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r')) p[--n] = 0;
    if (n && *p != '#') ok &= add_path(ctx, out, p, depth + 1);
    p = end ? end + 1 : NULL;
  }
  uk_buf_free(&text);
  return ok;
}

static bool add_path(uk_context *ctx, path_list *out, const char *arg, int depth) {
  if (arg[0] == '@') {
    if (depth > 16) {
      uk_error(ctx, arg + 1, NULL, "response files nest too deeply");
      return false;
    }
    return add_response_file(ctx, out, arg + 1, depth);
  }
  struct stat st;
  if (stat(arg, &st) != 0) {
    uk_error(ctx, arg, NULL, "%s", strerror(errno));
    return false;
  }
  if (S_ISDIR(st.st_mode)) return add_directory(ctx, out, arg);
  push(out, uk_xstrdup(arg));
  return true;
}

bool uk_expand_inputs(uk_context *ctx, char ***paths, uint32_t *num_paths) {
  path_list out = {0};
  bool ok = true;
  for (size_t i = 0; i < ctx->opts.num_inputs; i++) ok &= add_path(ctx, &out, ctx->opts.inputs[i], 0);
  if (out.len) qsort(out.items, out.len, sizeof *out.items, cmp_str);
  uint32_t n = 0;
  for (uint32_t i = 0; i < out.len; i++) {
    if (n && strcmp(out.items[n - 1], out.items[i]) == 0)
      free(out.items[i]);  /* the same path given twice is one input */
    else
      out.items[n++] = out.items[i];
  }
  *paths = out.items;
  *num_paths = n;
  return ok;
}

char *uk_read_file_raw(const char *path, uk_buf *out) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return uk_format("cannot open: %s", strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return uk_xstrdup("not a regular file");
  }
  uk_buf b = {0};
  uk_buf_reserve(&b, (size_t)st.st_size + 1);
  for (;;) {
    uk_buf_reserve(&b, 65536 + 1);
    ssize_t n = read(fd, b.data + b.len, b.cap - b.len - 1);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      char *err = uk_format("cannot read: %s", strerror(errno));
      close(fd);
      uk_buf_free(&b);
      return err;
    }
    if (n == 0) break;
    b.len += (size_t)n;
  }
  close(fd);
  b.data[b.len] = 0;  /* the .ll parser needs a NUL after the text */
  *out = b;
  return NULL;
}

bool uk_read_file(uk_context *ctx, const char *path, uk_buf *out) {
  char *err = uk_read_file_raw(path, out);
  if (err) uk_error(ctx, path, NULL, "%s", err);
  free(err);
  return err == NULL;
}
