/* cache: compiled units by content, in a local directory and in Redis.
 *
 * codegen asks before it compiles a unit and hands over what it compiled.
 * The key is a BLAKE3 hash of everything that decides the unit's machine
 * code (cache_key): the unit's optimized module as text with its use-list
 * order (on which instruction selection depends), which holds the kernels
 * and the ukernel bodies they call, and so reflects the ukernel library and
 * --generate-all; the triple, CPU, features, optimization level, relocation
 * and code model; what codegen does to the module before emitting it; the
 * output kind; uklink's and LLVM's versions and build ids (the code that
 * compiles: a rebuilt uklink never reads a stale entry).
 *
 * An entry is checked whole on every read (entry.c): a damaged, truncated or
 * misplaced one is a miss, replaced by the next compilation, never an error
 * and never an output. A store that cannot be used (an unwritable directory,
 * a Redis that is down, slow or full) costs one warning and is off for the
 * rest of the run: the cache never fails a build. Lookups and Redis run in
 * the calling process, between codegen's parallel maps; a local write runs
 * in the worker that compiled the unit. */
#ifndef UKLINK_CACHE_H
#define UKLINK_CACHE_H

#include "support/support.h"

enum { UK_CACHE_KEY_LEN = 32 };

/* What goes into a unit's key besides its bitcode, for the report. */
typedef struct uk_cache_key_inputs {
  const char *triple, *cpu, *features;
  int opt_level;
  const char *emit; /* "obj" or "asm" */
  const char *role; /* "sections" (one per function) or "plain" */
  const char *unit; /* what the unit holds, for the report: its largest function, or its input */
} uk_cache_key_inputs;

typedef struct uk_cache uk_cache;

/* ---- cache/cache.c --------------------------------------------------- */
/* The run's cache (ctx->opts.cache_dir and cache_remote), or NULL when both
 * are off or none can be used. */
uk_cache *uk_cache_open(uk_context *ctx);
/* Prunes the local store to its limit if the run wrote to it; frees. */
void uk_cache_close(uk_context *ctx, uk_cache *c);
/* The key of a unit whose optimized module hashes to ir_hash (optimize.c,
 * put_ir_hash); returns its record in the report (ctx->cache.units). */
uint32_t uk_cache_key(uk_context *ctx, const uk_cache *c, const uk_cache_key_inputs *in,
                      const uint8_t ir_hash[UK_CACHE_KEY_LEN], uint8_t key[UK_CACHE_KEY_LEN]);
/* Looks up n keys (units[i]: key i's record), the local store first, then
 * Redis for what it lacks (a remote hit is copied to the local store).
 * hit[i]: the compiled bytes, or left empty on a miss. */
void uk_cache_get(uk_context *ctx, uk_cache *c, const uint8_t (*keys)[UK_CACHE_KEY_LEN], const uint32_t *units,
                  uint32_t n, uk_buf *hit);
/* What a miss compiled (seconds: what compiling took) goes into the stores
 * in two steps: into the local store by the worker that compiled it, which
 * writes to out what uk_cache_took then reads in the calling process; into
 * Redis by the calling process, which needs the bytes only if
 * uk_cache_has_remote. */
void uk_cache_put_local(const uk_cache *c, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *bytes, double seconds,
                        uk_buf *out);
bool uk_cache_took(uk_context *ctx, uk_cache *c, uk_reader *r);
bool uk_cache_has_remote(const uk_cache *c);
void uk_cache_put_remote(uk_context *ctx, uk_cache *c, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *bytes,
                         double seconds);

/* ---- cache/entry.c --------------------------------------------------- */
/* An entry: "UKCACHE1", the key, the payload's length, the seconds its
 * compilation took, a BLAKE3 checksum of all of that and the payload, then
 * the payload. */
void uk_entry_encode(const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *payload, double seconds, uk_buf *out);
/* true if data is a whole, undamaged entry for key: its payload and seconds. */
bool uk_entry_decode(const uint8_t key[UK_CACHE_KEY_LEN], const uint8_t *data, size_t len, uk_buf *payload,
                     double *seconds);
void uk_key_hex(const uint8_t key[UK_CACHE_KEY_LEN], char hex[2 * UK_CACHE_KEY_LEN + 1]);

/* ---- cache/local.c --------------------------------------------------- */
/* A directory of entries: DIR/v1/<2 hex>/<64 hex>, written to DIR/v1/tmp
 * and renamed into place; a read refreshes the entry's time, the least
 * recently read go first when the store is over its limit. */
typedef struct uk_local_store uk_local_store;
/* NULL with *why if dir cannot be made or written. */
uk_local_store *uk_local_open(const char *dir, char **why);
void uk_local_close(uk_local_store *s);
/* The raw entry stored under key into *entry; false if there is none. */
bool uk_local_read(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN], uk_buf *entry);
/* The entry was used: it is now the most recently used. */
void uk_local_touch(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN]);
/* A damaged entry goes (a concurrent writer may have replaced it already:
 * it is removed only if it still fails its check). */
void uk_local_remove_damaged(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN]);
/* false with *why on a write error. */
bool uk_local_put(uk_local_store *s, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *entry, char **why);
/* The store's entries: count, bytes, and how many fail their check (only
 * with verify); removes entries (least recently used first) until it holds
 * at most limit bytes, and temporary files older than an hour. */
typedef struct uk_local_summary {
  uint64_t entries, bytes, damaged, removed, removed_bytes;
} uk_local_summary;
bool uk_local_scan(const char *dir, uint64_t limit, bool verify, uk_local_summary *sum, char **why);

/* ---- cache/remote.c -------------------------------------------------- */
/* A Redis server, through hiredis, with a connect and command timeout. */
typedef struct uk_remote_store uk_remote_store;
/* false with *why if url is not redis://HOST:PORT[/DB]. */
bool uk_remote_url_valid(const char *url, char **why);
uk_remote_store *uk_remote_open(const char *url, char **why);
void uk_remote_close(uk_remote_store *s);
/* Fetches n entries in one round trip; entries[i] empty where absent. */
bool uk_remote_get(uk_remote_store *s, const uint8_t (*keys)[UK_CACHE_KEY_LEN], uint32_t n, uk_buf *entries,
                   char **why);
bool uk_remote_put(uk_remote_store *s, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *entry, char **why);

#endif
