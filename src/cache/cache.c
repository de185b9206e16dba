/* cache: the local store and the remote one behind one interface, and the
 * statistics and key records of the report. */
#include "cache/cache.h"

#include <elf.h>
#include <limits.h>
#include <link.h>
#include <llvm-c/Core.h>
#include <llvm-c/blake3.h>
#include <stdlib.h>
#include <string.h>

struct uk_cache {
  uk_local_store *local;
  uk_remote_store *remote;
  bool wrote_local;
  /* the code that compiles: uklink's and LLVM's build ids (the version
   * numbers alone would not tell two builds of one version apart) */
  uint8_t code[UK_CACHE_KEY_LEN];
};

/* ---- the build ids of the loaded objects that hold uklink and LLVM ---- */

typedef struct code_search {
  uintptr_t addr;
  llvm_blake3_hasher *h;
  bool found;
} code_search;

static int hash_object_of(struct dl_phdr_info *info, size_t size, void *arg) {
  (void)size;
  code_search *cs = arg;
  bool holds = false;
  for (int i = 0; i < info->dlpi_phnum && !holds; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    uintptr_t start = info->dlpi_addr + ph->p_vaddr;
    holds = ph->p_type == PT_LOAD && cs->addr >= start && cs->addr < start + ph->p_memsz;
  }
  if (!holds) return 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_NOTE) continue;
    const uint8_t *p = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const ElfW(Nhdr) *n = (const ElfW(Nhdr) *)p;
      const uint8_t *name = p + sizeof *n, *desc = name + ((n->n_namesz + 3) & ~3u);
      if (desc + n->n_descsz > end) break;
      if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && !memcmp(name, "GNU", 4)) {
        llvm_blake3_hasher_update(cs->h, desc, n->n_descsz);
        cs->found = true;
        return 1;
      }
      p = desc + ((n->n_descsz + 3) & ~3u);
    }
  }
  return 1; /* no build id: the object's file, hashed by the caller */
}

/* Hashes the build id of the object holding addr, else the object's file. */
static void hash_code_at(llvm_blake3_hasher *h, const void *addr, const char *fallback_file) {
  code_search cs = {(uintptr_t)addr, h, false};
  dl_iterate_phdr(hash_object_of, &cs);
  if (cs.found) return;
  uk_buf file = {0};
  char *err = uk_read_file_raw(fallback_file, &file);
  llvm_blake3_hasher_update(h, file.data ? file.data : (const uint8_t *)"", file.len);
  free(err);
  uk_buf_free(&file);
}

static void code_identity(uint8_t out[UK_CACHE_KEY_LEN]) {
  llvm_blake3_hasher h;
  llvm_blake3_hasher_init(&h);
  hash_code_at(&h, (const void *)code_identity, "/proc/self/exe");
  hash_code_at(&h, (const void *)LLVMGetVersion, "/proc/self/exe");
  llvm_blake3_hasher_finalize(&h, out, UK_CACHE_KEY_LEN);
}

static void local_failed(uk_context *ctx, uk_cache *c, const char *why) {
  uk_warning(ctx, ctx->opts.cache_dir, NULL, "cache: %s; going on without the local cache", why);
  uk_local_close(c->local);
  c->local = NULL;
  ctx->cache.local.failed = true;
}

static void remote_failed(uk_context *ctx, uk_cache *c, const char *why) {
  uk_warning(ctx, ctx->opts.cache_remote, NULL, "cache: %s; going on without the remote cache", why);
  uk_remote_close(c->remote);
  c->remote = NULL;
  ctx->cache.remote.failed = true;
}

uk_cache *uk_cache_open(uk_context *ctx) {
  const uk_options *o = &ctx->opts;
  if (!o->cache_dir && !o->cache_remote) return NULL;
  char *why = NULL;
  if (o->cache_remote && !uk_remote_url_valid(o->cache_remote, &why)) {
    uk_error(ctx, NULL, NULL, "--cache-remote: %s", why);
    free(why);
    return NULL;
  }
  if (!o->isolate) {
    /* The key hashes the unit's IR with LLVM's use-list order (on which
     * instruction selection depends), which only a worker process may ask
     * LLVM to write. */
    uk_warning(ctx, NULL, NULL, "the cache needs isolated workers (no --no-isolate); going on without it");
    return NULL;
  }
  double t0 = uk_now();
  uk_cache *c = uk_xcalloc(1, sizeof *c);
  code_identity(c->code);
  uk_key_hex(c->code, ctx->cache.code);
  if (o->cache_dir) {
    ctx->cache.local.used = true;
    c->local = uk_local_open(o->cache_dir, &why);
    if (!c->local) local_failed(ctx, c, why);
    free(why);
    why = NULL;
  }
  if (o->cache_remote) {
    ctx->cache.remote.used = true;
    c->remote = uk_remote_open(o->cache_remote, &why);
    if (!c->remote) remote_failed(ctx, c, why);
    free(why);
  }
  ctx->cache.seconds += uk_now() - t0;
  if (!c->local && !c->remote) {
    free(c);
    return NULL;
  }
  return c;
}

void uk_cache_close(uk_context *ctx, uk_cache *c) {
  if (!c) return;
  double t0 = uk_now();
  if (c->local && c->wrote_local) {
    uint64_t limit = ctx->opts.cache_size ? ctx->opts.cache_size : UK_DEFAULT_CACHE_SIZE;
    uk_local_summary sum;
    char *why = NULL;
    if (!uk_local_scan(ctx->opts.cache_dir, limit, false, &sum, &why)) local_failed(ctx, c, why);
    free(why);
  }
  uk_local_close(c->local);
  uk_remote_close(c->remote);
  free(c);
  ctx->cache.seconds += uk_now() - t0;
}

static void hash_field(llvm_blake3_hasher *h, const void *data, size_t len) {
  uint8_t n[8];
  for (int i = 0; i < 8; i++) n[i] = (uint8_t)((uint64_t)len >> (8 * i));
  llvm_blake3_hasher_update(h, n, sizeof n);
  llvm_blake3_hasher_update(h, data, len);
}

static void hash_string(llvm_blake3_hasher *h, const char *s) { hash_field(h, s ? s : "", s ? strlen(s) : 0); }

uint32_t uk_cache_key(uk_context *ctx, const uk_cache *c, const uk_cache_key_inputs *in,
                      const uint8_t ir_hash[UK_CACHE_KEY_LEN], uint8_t key[UK_CACHE_KEY_LEN]) {
  double t0 = uk_now();
  llvm_blake3_hasher h;
  unsigned major, minor, patch;
  LLVMGetVersion(&major, &minor, &patch);
  char llvm[64], opt[16];
  snprintf(llvm, sizeof llvm, "%u.%u.%u", major, minor, patch);
  snprintf(opt, sizeof opt, "O%d", in->opt_level);
  llvm_blake3_hasher_init(&h);
  hash_string(&h, "uklink-cache-v1");
  hash_string(&h, uk_version());
  hash_string(&h, llvm);
  hash_field(&h, c->code, sizeof c->code);
  hash_string(&h, in->triple);
  hash_string(&h, in->cpu);
  hash_string(&h, in->features);
  hash_string(&h, opt);
  hash_string(&h, "reloc=pic code-model=default"); /* as uk_target_machine makes every machine */
  hash_string(&h, in->emit);
  hash_string(&h, in->role);
  hash_field(&h, ir_hash, UK_CACHE_KEY_LEN);
  llvm_blake3_hasher_finalize(&h, key, UK_CACHE_KEY_LEN);
  uk_cache_stats *s = &ctx->cache;
  s->units = uk_xrealloc(s->units, (s->num_units + 1) * sizeof *s->units);
  uk_cache_unit *u = &s->units[s->num_units];
  *u = (uk_cache_unit){uk_xstrdup(in->unit ? in->unit : ""), uk_xstrdup(in->triple), uk_xstrdup(in->cpu ? in->cpu : ""),
                       uk_xstrdup(in->features ? in->features : ""), in->opt_level, in->emit, in->role, "", "", "miss"};
  uk_key_hex(key, u->key);
  uk_key_hex(ir_hash, u->ir);
  s->seconds += uk_now() - t0;
  return s->num_units++;
}

/* entry checked against key: its payload into *payload on success. */
static bool take_entry(uk_store_stats *st, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *entry,
                       uk_buf *payload, double *seconds) {
  if (uk_entry_decode(key, entry->data, entry->len, payload, seconds)) {
    st->hits++;
    st->bytes_read += entry->len;
    return true;
  }
  st->damaged++;
  return false;
}

void uk_cache_get(uk_context *ctx, uk_cache *c, const uint8_t (*keys)[UK_CACHE_KEY_LEN], const uint32_t *units,
                  uint32_t n, uk_buf *hit) {
  if (!c || !n) return;
  double t0 = uk_now(), saved = 0;
  uk_cache_stats *s = &ctx->cache;
  uint32_t *missing = uk_xcalloc(n, sizeof *missing), num_missing = 0;
  for (uint32_t i = 0; i < n; i++) {
    uk_buf entry = {0};
    double seconds = 0;
    bool found = c->local && uk_local_read(c->local, keys[i], &entry);
    if (found && take_entry(&s->local, keys[i], &entry, &hit[i], &seconds)) {
      uk_local_touch(c->local, keys[i]);
      s->units[units[i]].result = "local hit";
      saved += seconds;
    } else {
      if (found) uk_local_remove_damaged(c->local, keys[i]);
      if (c->local) s->local.misses++;
      missing[num_missing++] = i;
    }
    uk_buf_free(&entry);
  }
  if (c->remote && num_missing) {
    uint8_t (*want)[UK_CACHE_KEY_LEN] = uk_xcalloc(num_missing, sizeof *want);
    uk_buf *entries = uk_xcalloc(num_missing, sizeof *entries);
    for (uint32_t m = 0; m < num_missing; m++) memcpy(want[m], keys[missing[m]], UK_CACHE_KEY_LEN);
    char *why = NULL;
    if (!uk_remote_get(c->remote, (const uint8_t(*)[UK_CACHE_KEY_LEN])want, num_missing, entries, &why)) {
      remote_failed(ctx, c, why);
      free(why);
    } else {
      for (uint32_t m = 0; m < num_missing; m++) {
        uint32_t i = missing[m];
        double seconds = 0;
        if (entries[m].len && take_entry(&s->remote, keys[i], &entries[m], &hit[i], &seconds)) {
          s->units[units[i]].result = "remote hit";
          saved += seconds;
          if (c->local && !uk_local_put(c->local, keys[i], &entries[m], &why)) {
            local_failed(ctx, c, why);
            free(why);
            why = NULL;
          } else if (c->local) {
            c->wrote_local = true;
            s->local.writes++;
            s->local.bytes_written += entries[m].len;
          }
        } else {
          s->remote.misses++;
        }
      }
    }
    for (uint32_t m = 0; m < num_missing; m++) uk_buf_free(&entries[m]);
    free(entries);
    free(want);
  }
  free(missing);
  double spent = uk_now() - t0;
  s->seconds += spent;
  if (saved > 0) s->seconds_saved += saved - spent;
}

bool uk_cache_has_remote(const uk_cache *c) { return c && c->remote; }

/* In the worker that compiled the unit: its write overlaps the other
 * workers' compilation instead of queuing behind them in the parent. */
void uk_cache_put_local(const uk_cache *c, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *bytes, double seconds,
                        uk_buf *out) {
  if (!c || !c->local) {
    uk_buf_u8(out, 0);
    return;
  }
  uk_buf entry = {0};
  uk_entry_encode(key, bytes, seconds, &entry);
  char *why = NULL;
  if (uk_local_put(c->local, key, &entry, &why)) {
    uk_buf_u8(out, 1);
    uk_buf_uv(out, entry.len);
  } else {
    uk_buf_u8(out, 2);
    uk_buf_str(out, why, strlen(why));
  }
  free(why);
  uk_buf_free(&entry);
}

bool uk_cache_took(uk_context *ctx, uk_cache *c, uk_reader *r) {
  if (!c) return true;
  uint8_t status = uk_read_u8(r);
  if (status == 1) {
    uint64_t len = uk_read_uv(r);
    c->wrote_local = true;
    ctx->cache.local.writes++;
    ctx->cache.local.bytes_written += len;
  } else if (status == 2) {
    uint64_t len = uk_read_uv(r);
    const uint8_t *why = uk_read_bytes(r, len);
    if (why && c->local) {
      char *text = uk_xstrndup((const char *)why, len);
      local_failed(ctx, c, text);
      free(text);
    }
  }
  return !r->bad;
}

void uk_cache_put_remote(uk_context *ctx, uk_cache *c, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *bytes,
                         double seconds) {
  if (!c || !c->remote) return;
  double t0 = uk_now();
  uk_buf entry = {0};
  uk_entry_encode(key, bytes, seconds, &entry);
  char *why = NULL;
  if (!uk_remote_put(c->remote, key, &entry, &why)) remote_failed(ctx, c, why);
  else {
    ctx->cache.remote.writes++;
    ctx->cache.remote.bytes_written += entry.len;
  }
  free(why);
  uk_buf_free(&entry);
  ctx->cache.seconds += uk_now() - t0;
}

bool uk_cache_remote_valid(const char *url) {
  char *why = NULL;
  bool ok = uk_remote_url_valid(url, &why);
  free(why);
  return ok;
}

bool uk_cache_show(uk_context *ctx, unsigned long long limit, bool verify, FILE *out) {
  if (!ctx->opts.cache_dir) {
    uk_error(ctx, NULL, NULL, "no cache directory (--cache DIR or UKLINK_CACHE)");
    return false;
  }
  uk_local_summary sum;
  char *why = NULL;
  if (!uk_local_scan(ctx->opts.cache_dir, limit, verify, &sum, &why)) {
    uk_error(ctx, ctx->opts.cache_dir, NULL, "cache: %s", why);
    free(why);
    return false;
  }
  fprintf(out, "%s: %llu entries, %llu bytes", ctx->opts.cache_dir, (unsigned long long)sum.entries,
          (unsigned long long)sum.bytes);
  if (verify) fprintf(out, ", %llu damaged", (unsigned long long)sum.damaged);
  if (limit != ULLONG_MAX)
    fprintf(out, "; removed %llu entries (%llu bytes) to stay within %llu bytes", (unsigned long long)sum.removed,
            (unsigned long long)sum.removed_bytes, limit);
  fputc('\n', out);
  return true;
}
