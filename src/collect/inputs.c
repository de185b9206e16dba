/* Input paths: files, directories (searched recursively for .bc and .ll) and
 * @response files (one path per line, may nest). The result is sorted and
 * duplicate-free, so that everything after it is independent of the order in
 * which the inputs were given.
 *
 * Each file is read once: two paths to one file (a symbolic link, a hard
 * link, a directory reached twice) are one input, named by the first path in
 * sorted order. A directory walk follows symbolic links, except to the
 * directory being walked or one above it (a loop such as self -> . or
 * up -> ..), and enters each directory once, so that it always ends. A
 * response file that includes itself, directly or not, or nests deeper than
 * MAX_NESTING is one error, and ends the expansion. */
#include "collect/collect.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_NESTING 16

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

/* A file's identity. */
typedef struct file_id {
  dev_t dev;
  ino_t ino;
} file_id;

typedef struct id_list {
  file_id *items;
  uint32_t len;
} id_list;

static bool id_in(const id_list *l, file_id id) {
  for (uint32_t i = 0; i < l->len; i++)
    if (l->items[i].dev == id.dev && l->items[i].ino == id.ino) return true;
  return false;
}

static void id_push(id_list *l, file_id id) {
  l->items = uk_xrealloc(l->items, (l->len + 1) * sizeof *l->items);
  l->items[l->len++] = id;
}

typedef struct expansion {
  uk_context *ctx;
  path_list out;
  id_list dirs;     /* every directory entered */
  id_list rsp;      /* the response files being read, outermost first */
  bool stop;        /* a response-file error: nothing more is expanded */
} expansion;

static bool has_ir_suffix(const char *name) {
  size_t n = strlen(name);
  return (n > 3 && strcmp(name + n - 3, ".bc") == 0) || (n > 3 && strcmp(name + n - 3, ".ll") == 0);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool add_path(expansion *x, const char *arg);

/* Is the directory `link` leads to `dir` itself or a directory above it? */
static bool leads_above(const char *dir, const char *link) {
  char *d = realpath(dir, NULL), *l = realpath(link, NULL);
  bool above = false;
  if (d && l) {
    size_t n = strlen(l);
    above = !strcmp(l, "/") || (!strncmp(d, l, n) && (d[n] == 0 || d[n] == '/'));
  }
  free(d);
  free(l);
  return above;
}

static bool add_directory(expansion *x, const char *dir, const struct stat *st) {
  file_id id = {st->st_dev, st->st_ino};
  if (id_in(&x->dirs, id)) return true; /* reached before, by another path */
  id_push(&x->dirs, id);
  DIR *d = opendir(dir);
  if (!d) {
    uk_error(x->ctx, dir, NULL, "cannot open directory: %s", strerror(errno));
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
    struct stat lst, est;
    bool is_dir = stat(entries.items[i], &est) == 0 && S_ISDIR(est.st_mode);
    if (is_dir) {
      bool link = lstat(entries.items[i], &lst) == 0 && S_ISLNK(lst.st_mode);
      if (!link || !leads_above(dir, entries.items[i])) ok &= add_directory(x, entries.items[i], &est);
    } else if (has_ir_suffix(entries.items[i])) {
      push(&x->out, entries.items[i]);
      entries.items[i] = NULL;
    }
    free(entries.items[i]);
  }
  free(entries.items);
  return ok;
}

static bool add_response_file(expansion *x, const char *file) {
  struct stat st;
  bool pushed = false;
  if (stat(file, &st) == 0) {
    file_id id = {st.st_dev, st.st_ino};
    if (id_in(&x->rsp, id)) {
      uk_error(x->ctx, file, NULL, "response file includes itself");
      x->stop = true;
      return false;
    }
    if (x->rsp.len >= MAX_NESTING) {
      uk_error(x->ctx, file, NULL, "response files nest more than %d deep", MAX_NESTING);
      x->stop = true;
      return false;
    }
    id_push(&x->rsp, id);
    pushed = true;
  }
  uk_buf text = {0};
  if (!uk_read_file(x->ctx, file, &text)) {
    x->rsp.len -= pushed;
    return false;
  }
  bool ok = true;
  char *p = (char *)text.data;
  while (p && *p && !x->stop) {
    char *end = strchr(p, '\n');
    if (end) *end = 0;
    /* trim */
    while (*p == ' ' || *p == '\t') p++;
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r')) p[--n] = 0;
    if (n && *p != '#') ok &= add_path(x, p);
    p = end ? end + 1 : NULL;
  }
  uk_buf_free(&text);
  x->rsp.len -= pushed;
  return ok;
}

static bool add_path(expansion *x, const char *arg) {
  if (x->stop) return false;
  if (arg[0] == '@') return add_response_file(x, arg + 1);
  struct stat st;
  if (stat(arg, &st) != 0) {
    uk_error(x->ctx, arg, NULL, "%s", strerror(errno));
    return false;
  }
  if (S_ISDIR(st.st_mode)) return add_directory(x, arg, &st);
  push(&x->out, uk_xstrdup(arg));
  return true;
}

typedef struct identified {
  file_id id;
  uint32_t index; /* in the sorted path list */
} identified;

static int cmp_identified(const void *a, const void *b) {
  const identified *x = a, *y = b;
  if (x->id.dev != y->id.dev) return x->id.dev < y->id.dev ? -1 : 1;
  if (x->id.ino != y->id.ino) return x->id.ino < y->id.ino ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Drops every path to a file an earlier path (in sorted order) names. */
static uint32_t drop_same_files(char **paths, uint32_t n) {
  identified *ids = uk_xcalloc(n ? n : 1, sizeof *ids);
  uint32_t m = 0;
  for (uint32_t i = 0; i < n; i++) {
    struct stat st;
    if (stat(paths[i], &st) == 0) ids[m++] = (identified){{st.st_dev, st.st_ino}, i};
  }
  if (m) qsort(ids, m, sizeof *ids, cmp_identified);
  for (uint32_t i = 1; i < m; i++)
    if (ids[i].id.dev == ids[i - 1].id.dev && ids[i].id.ino == ids[i - 1].id.ino) {
      free(paths[ids[i].index]);
      paths[ids[i].index] = NULL;
    }
  free(ids);
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++)
    if (paths[i]) paths[k++] = paths[i];
  return k;
}

bool uk_expand_inputs(uk_context *ctx, char ***paths, uint32_t *num_paths) {
  expansion x = {.ctx = ctx};
  bool ok = true;
  for (size_t i = 0; i < ctx->opts.num_inputs; i++) ok &= add_path(&x, ctx->opts.inputs[i]);
  free(x.dirs.items);
  free(x.rsp.items);
  path_list out = x.out;
  if (out.len) qsort(out.items, out.len, sizeof *out.items, cmp_str);
  uint32_t n = 0;
  for (uint32_t i = 0; i < out.len; i++) {
    if (n && strcmp(out.items[n - 1], out.items[i]) == 0)
      free(out.items[i]);  /* the same path given twice is one input */
    else
      out.items[n++] = out.items[i];
  }
  *paths = out.items;
  *num_paths = drop_same_files(out.items, n);
  return ok;
}
