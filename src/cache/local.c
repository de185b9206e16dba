/* local: the cache's directory store. Layout, under the directory the user
 * names: v1/<first 2 hex of the key>/<the key's 64 hex>, and v1/tmp for
 * entries being written. Only those names are ever read or removed: a file
 * the store did not make is left alone.
 *
 * A writer writes the whole entry to a temporary file of its own and renames
 * it into place, so a reader sees the old entry, the new one or none, never
 * a part; a writer killed half way leaves a temporary file that no read
 * looks at (a scan removes it after an hour). Two processes writing the
 * same key write the same bytes; the last rename wins. */
#include "cache/cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct uk_local_store {
  char *root; /* DIR/v1 */
  uint64_t tmp_count;
  char host[64]; /* for temporary names */
};

static bool make_dir(const char *path, char **why) {
  if (mkdir(path, 0777) == 0 || errno == EEXIST) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return true;
    *why = uk_format("%s: not a directory", path);
    return false;
  }
  *why = uk_format("%s: cannot make the directory: %s", path, strerror(errno));
  return false;
}

uk_local_store *uk_local_open(const char *dir, char **why) {
  char *root = uk_format("%s/v1", dir);
  char *tmp = uk_format("%s/tmp", root);
  bool ok = make_dir(dir, why) && make_dir(root, why) && make_dir(tmp, why);
  if (ok && access(tmp, W_OK | X_OK) != 0) {
    *why = uk_format("%s: cannot write: %s", tmp, strerror(errno));
    ok = false;
  }
  free(tmp);
  if (!ok) {
    free(root);
    return NULL;
  }
  uk_local_store *s = uk_xcalloc(1, sizeof *s);
  s->root = root;
  gethostname(s->host, sizeof s->host - 1);
  for (char *h = s->host; *h; h++)
    if (*h == '/' || *h == '.') *h = '_';
  return s;
}

void uk_local_close(uk_local_store *s) {
  if (!s) return;
  free(s->root);
  free(s);
}

static char *entry_path(const char *root, const uint8_t key[UK_CACHE_KEY_LEN]) {
  char hex[2 * UK_CACHE_KEY_LEN + 1];
  uk_key_hex(key, hex);
  return uk_format("%s/%.2s/%s", root, hex, hex);
}

bool uk_local_read(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN], uk_buf *entry) {
  char *path = entry_path(s->root, key);
  char *err = uk_read_file_raw(path, entry);
  free(path);
  free(err);
  return err == NULL;
}

void uk_local_touch(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN]) {
  char *path = entry_path(s->root, key);
  utimensat(AT_FDCWD, path, NULL, 0);
  free(path);
}

void uk_local_remove_damaged(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN]) {
  char *path = entry_path(s->root, key);
  uk_buf entry = {0}, payload = {0};
  double seconds;
  char *err = uk_read_file_raw(path, &entry);
  if (!err && !uk_entry_decode(key, entry.data, entry.len, &payload, &seconds)) unlink(path);
  free(err);
  uk_buf_free(&entry);
  uk_buf_free(&payload);
  free(path);
}

/* In the calling process or a worker (forked: its own copy of s, its own pid). */
bool uk_local_put(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *entry, char **why) {
  char hex[2 * UK_CACHE_KEY_LEN + 1];
  uk_key_hex(key, hex);
  char *path = entry_path(s->root, key);
  /* A name of this writer's own: a process on another host sharing the
   * directory, or a reused pid meeting a dead writer's file, takes another. */
  char *tmp = NULL;
  int fd = -1;
  for (int attempt = 0; fd < 0 && attempt < 8; attempt++) {
    free(tmp);
    tmp = uk_format("%s/tmp/%s.%s.%ld.%llu", s->root, hex, s->host, (long)getpid(), (unsigned long long)s->tmp_count++);
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  bool ok = fd >= 0;
  if (!ok) *why = uk_format("%s: cannot write: %s", tmp, strerror(errno));
  if (fd >= 0) {
    errno = 0;
    ok = uk_write_all(fd, entry->data, entry->len);
    int write_errno = errno ? errno : ENOSPC;
    if (close(fd) != 0 && ok) {
      ok = false;
      write_errno = errno;
    }
    if (!ok) *why = uk_format("%s: cannot write: %s", tmp, strerror(write_errno));
    bool placed = ok && rename(tmp, path) == 0;
    int rename_errno = errno;
    if (ok && !placed && rename_errno == ENOENT) { /* the key's first entry of its 2 hex */
      char *dir = uk_format("%s/%.2s", s->root, hex);
      placed = make_dir(dir, why) && rename(tmp, path) == 0;
      rename_errno = errno;
      free(dir);
      if (!placed && *why) ok = false;
    }
    if (ok && !placed) {
      *why = uk_format("%s: cannot rename into place: %s", path, strerror(rename_errno));
      ok = false;
    }
    if (!ok) unlink(tmp);
  }
  free(tmp);
  free(path);
  return ok;
}

/* ---- scan: size, verification, pruning -------------------------------- */

typedef struct found {
  char *path;
  uint64_t size;
  struct timespec used;
} found;

static bool is_hex(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
  return s[n] == 0;
}

static int by_use(const void *a, const void *b) {
  const found *x = a, *y = b;
  if (x->used.tv_sec != y->used.tv_sec) return x->used.tv_sec < y->used.tv_sec ? -1 : 1;
  if (x->used.tv_nsec != y->used.tv_nsec) return x->used.tv_nsec < y->used.tv_nsec ? -1 : 1;
  return strcmp(x->path, y->path);
}

static bool hex_key(const char *hex, uint8_t key[UK_CACHE_KEY_LEN]) {
  for (int i = 0; i < UK_CACHE_KEY_LEN; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1) return false;
    key[i] = (uint8_t)v;
  }
  return true;
}

/* Temporary files of writers that died: older than an hour. */
static void remove_stale_tmp(const char *root) {
  char *tmp = uk_format("%s/tmp", root);
  DIR *d = opendir(tmp);
  time_t now = time(NULL);
  for (struct dirent *e; d && (e = readdir(d));) {
    size_t len = strlen(e->d_name);
    if (len < 2 * UK_CACHE_KEY_LEN + 1 || e->d_name[2 * UK_CACHE_KEY_LEN] != '.') continue;
    char *p = uk_format("%s/%s", tmp, e->d_name);
    struct stat st;
    if (lstat(p, &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtime > 3600) unlink(p);
    free(p);
  }
  if (d) closedir(d);
  free(tmp);
}

bool uk_local_scan(const char *dir, uint64_t limit, bool verify, uk_local_summary *sum, char **why) {
  *sum = (uk_local_summary){0};
  char *root = uk_format("%s/v1", dir);
  DIR *top = opendir(root);
  if (!top) {
    bool absent = errno == ENOENT;
    if (!absent) *why = uk_format("%s: cannot read: %s", root, strerror(errno));
    free(root);
    return absent; /* an empty store */
  }
  found *all = NULL;
  size_t n = 0, cap = 0;
  for (struct dirent *e; (e = readdir(top));) {
    if (!is_hex(e->d_name, 2)) continue;
    char *sub = uk_format("%s/%s", root, e->d_name);
    DIR *d = opendir(sub);
    for (struct dirent *f; d && (f = readdir(d));) {
      if (!is_hex(f->d_name, 2 * UK_CACHE_KEY_LEN) || strncmp(f->d_name, e->d_name, 2)) continue;
      char *p = uk_format("%s/%s", sub, f->d_name);
      struct stat st;
      if (lstat(p, &st) != 0 || !S_ISREG(st.st_mode)) {
        free(p);
        continue;
      }
      if (verify) {
        uint8_t key[UK_CACHE_KEY_LEN];
        uk_buf entry = {0}, payload = {0};
        double seconds;
        char *err = uk_read_file_raw(p, &entry);
        if (!err && hex_key(f->d_name, key) && !uk_entry_decode(key, entry.data, entry.len, &payload, &seconds))
          sum->damaged++;
        free(err);
        uk_buf_free(&entry);
        uk_buf_free(&payload);
      }
      if (n == cap) all = uk_xrealloc(all, (cap = cap ? 2 * cap : 256) * sizeof *all);
      all[n++] = (found){p, (uint64_t)st.st_size, st.st_mtim};
      sum->bytes += (uint64_t)st.st_size;
    }
    if (d) closedir(d);
    free(sub);
  }
  closedir(top);
  sum->entries = n;
  if (sum->bytes > limit) {
    qsort(all, n, sizeof *all, by_use);
    for (size_t i = 0; i < n && sum->bytes > limit; i++) {
      if (unlink(all[i].path) != 0) continue; /* another process's prune took it */
      sum->bytes -= all[i].size;
      sum->entries--;
      sum->removed++;
      sum->removed_bytes += all[i].size;
    }
  }
  for (size_t i = 0; i < n; i++) free(all[i].path);
  free(all);
  remove_stale_tmp(root);
  free(root);
  return true;
}
