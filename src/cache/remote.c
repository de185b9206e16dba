/* remote: the cache's shared store, a Redis server (through hiredis), as
 * ccache and sccache use one. Entries are stored as they are locally, under
 * "uklink:v1:<64 hex>", and checked the same way when read. Eviction is the
 * server's (its maxmemory policy): a full server refuses a write, which is a
 * warning, not an error. Every call has a timeout, so a server that stops
 * answering costs at most that long once. */
#include "cache/cache.h"

#include <errno.h>
#include <hiredis/hiredis.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

struct uk_remote_store {
  redisContext *c;
  char *url;
};

/* hiredis writes to its socket with write(): a server that closed the
 * connection would end the process with SIGPIPE (uk_pipe_guard). */

static const struct timeval CONNECT_TIMEOUT = {2, 0}, COMMAND_TIMEOUT = {5, 0};

typedef struct url_parts {
  char *host;
  int port;
  int db;
} url_parts;

static bool parse_url(const char *url, url_parts *u, char **why) {
  static const char scheme[] = "redis://";
  *u = (url_parts){0};
  if (strncmp(url, scheme, sizeof scheme - 1)) {
    *why = uk_format("'%s': expected redis://HOST:PORT[/DB]", url);
    return false;
  }
  const char *host = url + sizeof scheme - 1, *colon = strrchr(host, ':');
  if (!colon || colon == host) {
    *why = uk_format("'%s': expected redis://HOST:PORT[/DB]", url);
    return false;
  }
  char *end;
  errno = 0;
  long port = strtol(colon + 1, &end, 10);
  long db = 0;
  if (end != colon + 1 && *end == '/') {
    const char *d = end + 1;
    db = strtol(d, &end, 10);
    if (end == d) end = (char *)d - 1; /* "/" with no number */
  }
  if (errno || end == colon + 1 || *end || port < 1 || port > 65535 || db < 0 || db > INT_MAX) {
    *why = uk_format("'%s': expected redis://HOST:PORT[/DB] (a port in 1-65535, a database number)", url);
    return false;
  }
  *u = (url_parts){uk_xstrndup(host, (size_t)(colon - host)), (int)port, (int)db};
  return true;
}

bool uk_remote_url_valid(const char *url, char **why) {
  url_parts u;
  if (!parse_url(url, &u, why)) return false;
  free(u.host);
  return true;
}

static char *context_error(redisContext *c) {
  if (c && c->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK))
    return uk_format("no answer within %ld s", (long)COMMAND_TIMEOUT.tv_sec);
  return uk_xstrdup(c && c->errstr[0] ? c->errstr : "no answer");
}

static redisContext *connect_to(const char *url, char **why) {
  url_parts u;
  if (!parse_url(url, &u, why)) return NULL;
  redisContext *c = redisConnectWithTimeout(u.host, u.port, CONNECT_TIMEOUT);
  free(u.host);
  if (!c || c->err || redisSetTimeout(c, COMMAND_TIMEOUT) != REDIS_OK) {
    char *err = context_error(c);
    *why = uk_format("cannot connect: %s", err);
    free(err);
    if (c) redisFree(c);
    return NULL;
  }
  redisReply *r = redisCommand(c, "SELECT %d", u.db);
  bool ok = r && r->type != REDIS_REPLY_ERROR;
  if (!ok) *why = r ? uk_format("SELECT %d: %s", u.db, r->str) : context_error(c);
  if (r) freeReplyObject(r);
  if (!ok) {
    redisFree(c);
    return NULL;
  }
  return c;
}

uk_remote_store *uk_remote_open(const char *url, char **why) {
  uk_pipe_guard g;
  uk_pipe_guard_on(&g);
  redisContext *c = connect_to(url, why);
  uk_pipe_guard_off(&g);
  if (!c) return NULL;
  uk_remote_store *s = uk_xcalloc(1, sizeof *s);
  s->c = c;
  s->url = uk_xstrdup(url);
  return s;
}

void uk_remote_close(uk_remote_store *s) {
  if (!s) return;
  if (s->c) redisFree(s->c);
  free(s->url);
  free(s);
}

/* After a connection error: a server closes idle connections (its
 * `timeout`), and a long compilation may have been idle that long. One new
 * connection, once per call. */
static bool reconnect(uk_remote_store *s) {
  if (!s->c || (s->c->err != REDIS_ERR_EOF && s->c->err != REDIS_ERR_IO)) return false;
  char *why = NULL;
  redisContext *c = connect_to(s->url, &why);
  free(why);
  if (!c) return false;
  redisFree(s->c);
  s->c = c;
  return true;
}

static char *redis_key(const uint8_t key[UK_CACHE_KEY_LEN]) {
  char hex[2 * UK_CACHE_KEY_LEN + 1];
  uk_key_hex(key, hex);
  return uk_format("uklink:v1:%s", hex);
}

static bool get_once(uk_remote_store *s, const uint8_t (*keys)[UK_CACHE_KEY_LEN], uint32_t n, uk_buf *entries,
                     char **why) {
  /* pipelined: every GET sent, then every reply read */
  for (uint32_t i = 0; i < n; i++) {
    char *k = redis_key(keys[i]);
    int rc = redisAppendCommand(s->c, "GET %s", k);
    free(k);
    if (rc != REDIS_OK) {
      *why = context_error(s->c);
      return false;
    }
  }
  bool ok = true;
  for (uint32_t i = 0; i < n; i++) {
    redisReply *r = NULL;
    if (redisGetReply(s->c, (void **)&r) != REDIS_OK || !r) {
      *why = context_error(s->c);
      return false; /* the connection is unusable now */
    }
    if (r->type == REDIS_REPLY_STRING) uk_buf_put(&entries[i], r->str, r->len);
    else if (r->type == REDIS_REPLY_ERROR && ok) {
      *why = uk_format("GET: %s", r->str);
      ok = false;
    }
    freeReplyObject(r);
  }
  return ok;
}

bool uk_remote_get(uk_remote_store *s, const uint8_t (*keys)[UK_CACHE_KEY_LEN], uint32_t n, uk_buf *entries,
                   char **why) {
  uk_pipe_guard g;
  uk_pipe_guard_on(&g);
  bool ok = get_once(s, keys, n, entries, why);
  if (!ok && reconnect(s)) {
    free(*why);
    *why = NULL;
    for (uint32_t i = 0; i < n; i++) entries[i].len = 0;
    ok = get_once(s, keys, n, entries, why);
  }
  uk_pipe_guard_off(&g);
  return ok;
}

static bool put_once(uk_remote_store *s, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *entry, char **why) {
  char *k = redis_key(key);
  redisReply *r = redisCommand(s->c, "SET %s %b", k, (const char *)entry->data, entry->len);
  free(k);
  bool ok = r && r->type != REDIS_REPLY_ERROR;
  if (!ok) *why = r ? uk_format("SET: %s", r->str) : context_error(s->c);
  if (r) freeReplyObject(r);
  return ok;
}

bool uk_remote_put(uk_remote_store *s, const uint8_t key[UK_CACHE_KEY_LEN], const uk_buf *entry, char **why) {
  uk_pipe_guard g;
  uk_pipe_guard_on(&g);
  bool ok = put_once(s, key, entry, why);
  if (!ok && reconnect(s)) {
    free(*why);
    *why = NULL;
    ok = put_once(s, key, entry, why);
  }
  uk_pipe_guard_off(&g);
  return ok;
}
