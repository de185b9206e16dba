/* The report of a run: JSON for tools (--report), a short summary for people
 * (-v), and the Chrome trace (--time-trace). */
#include "write/write.h"

#include <stdio.h>
#include <string.h>

static const char *const stage_names[UK_NUM_STAGES] = {
    "collect", "dedupe", "link", "generate", "optimize", "dedupe_after_opt", "codegen", "write",
};

/* The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or 0 if p starts none. */
static int utf8_len(const unsigned char *p) {
  if (p[0] < 0x80) return 1;
  int n = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3 : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
  /* the second byte's range narrows where the first alone cannot tell */
  unsigned char lo = p[0] == 0xE0 ? 0xA0 : p[0] == 0xF0 ? 0x90 : 0x80;
  unsigned char hi = p[0] == 0xED ? 0x9F : p[0] == 0xF4 ? 0x8F : 0xBF;
  for (int i = 1; i < n; i++) {
    if (p[i] < (i == 1 ? lo : 0x80) || p[i] > (i == 1 ? hi : 0xBF)) return 0; /* a NUL ends the check too */
  }
  return n;
}

/* A JSON string. Symbol names are bytes, not always UTF-8, and JSON text
 * must be: a byte that is not part of well-formed UTF-8 is written as
 * \u00XX, the character with the byte's value, so no byte is lost and the
 * report stays valid JSON. Control characters are escaped too. */
static void json_str(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)s; *p;) {
    int n = utf8_len(p);
    if (*p == '"' || *p == '\\')
      fprintf(out, "\\%c", *p);
    else if (*p < 0x20 || n == 0)
      fprintf(out, "\\u%04x", *p);
    else
      fwrite(p, 1, (size_t)n, out);
    p += n ? n : 1;
  }
  fputc('"', out);
}

typedef struct totals {
  uint64_t functions, distinct, merged, unmergeable, merged_after_opt, compiled, merged_with_params;
  uint64_t ir_before, ir_linked, ir_compiled;
} totals;

static totals sum(const uk_context *ctx) {
  totals t = {0};
  for (uint32_t i = 0; i < ctx->num_tstats; i++) {
    const uk_target_stats *s = &ctx->tstats[i];
    t.functions += s->functions;
    t.distinct += s->distinct;
    t.merged += s->merged;
    t.merged_with_params += s->merged_with_params;
    t.unmergeable += s->unmergeable;
    t.merged_after_opt += s->merged_after_opt;
    t.compiled += s->functions_compiled;
    t.ir_before += s->ir_instructions_before;
    t.ir_linked += s->ir_instructions_linked;
    t.ir_compiled += s->ir_instructions_compiled;
  }
  return t;
}

/* "key": {"reason": count, ...}, */
static void json_reasons(FILE *out, const char *key, const uk_reason_count *list, uint32_t n) {
  fprintf(out, "  \"%s\": {", key);
  for (uint32_t i = 0; i < n; i++) {
    fprintf(out, "%s\n    ", i ? "," : "");
    json_str(out, list[i].reason);
    fprintf(out, ": %u", list[i].count);
  }
  fprintf(out, "%s},\n", n ? "\n  " : "");
}

static void json_store(FILE *out, const char *name, const uk_store_stats *s) {
  fprintf(out,
          "    \"%s\": {\"used\": %s, \"failed\": %s, \"hits\": %llu, \"misses\": %llu, \"damaged\": %llu, "
          "\"bytes_read\": %llu, \"writes\": %llu, \"bytes_written\": %llu},\n",
          name, s->used ? "true" : "false", s->failed ? "true" : "false", (unsigned long long)s->hits,
          (unsigned long long)s->misses, (unsigned long long)s->damaged, (unsigned long long)s->bytes_read,
          (unsigned long long)s->writes, (unsigned long long)s->bytes_written);
}

/* The cache: per store, then per unit its key, what went into it, and the
 * outcome, so that a user can see why a unit missed. */
static void json_cache(FILE *out, const uk_cache_stats *c) {
  fprintf(out, "  \"cache\": {\n");
  json_store(out, "local", &c->local);
  json_store(out, "remote", &c->remote);
  fprintf(out, "    \"seconds\": %.6f, \"seconds_saved\": %.6f, \"build_ids_blake3\": \"%s\",\n    \"units\": [",
          c->seconds, c->seconds_saved, c->code);
  for (uint32_t i = 0; i < c->num_units; i++) {
    const uk_cache_unit *u = &c->units[i];
    fprintf(out, "%s\n      {\"unit\": ", i ? "," : "");
    json_str(out, u->unit);
    fprintf(out, ", \"result\": \"%s\", \"key\": \"%s\", \"ir_blake3\": \"%s\", \"triple\": ", u->result, u->key,
            u->ir);
    json_str(out, u->triple);
    fprintf(out, ", \"cpu\": ");
    json_str(out, u->cpu);
    fprintf(out, ", \"features\": ");
    json_str(out, u->features);
    fprintf(out, ", \"opt_level\": %d, \"emit\": \"%s\", \"role\": \"%s\", \"uklink\": ", u->opt_level, u->emit,
            u->role);
    json_str(out, UKLINK_VERSION);
    fputc('}', out);
  }
  fprintf(out, "%s]\n  },\n", c->num_units ? "\n    " : "");
}

void uk_write_report(const uk_context *ctx, FILE *out) {
  totals t = sum(ctx);
  fprintf(out, "{\n  \"uklink_version\": ");
  json_str(out, UKLINK_VERSION);
  fprintf(out, ",\n  \"dedupe\": %s,\n", ctx->opts.no_dedupe ? "false" : "true");
  fprintf(out, "  \"inputs\": %u,\n", ctx->num_inputs);
  fprintf(out, "  \"functions\": %llu,\n", (unsigned long long)t.functions);
  fprintf(out, "  \"distinct\": %llu,\n", (unsigned long long)t.distinct);
  fprintf(out, "  \"merged\": %llu,\n", (unsigned long long)t.merged);
  fprintf(out, "  \"merged_after_opt\": %llu,\n", (unsigned long long)t.merged_after_opt);
  fprintf(out, "  \"merged_with_parameters\": %llu,\n", (unsigned long long)t.merged_with_params);
  fprintf(out, "  \"unmergeable\": %llu,\n", (unsigned long long)t.unmergeable);
  json_reasons(out, "unmergeable_reasons", ctx->reasons, ctx->num_reasons);
  json_reasons(out, "near_duplicates_not_merged", ctx->near_reasons, ctx->num_near_reasons);
  uint64_t eligible = 0, exact = 0, constant = 0;
  for (uint32_t i = 0; i < ctx->num_tstats; i++) {
    eligible += ctx->tstats[i].eligible;
    exact += ctx->tstats[i].exact_classes;
    constant += ctx->tstats[i].constant_classes;
  }
  /* exact duplicates: eligible - exact classes; differing only in constants:
   * exact classes - classes with constants left out */
  fprintf(out, "  \"duplicates_analysis\": {\"eligible\": %llu, \"exact_duplicates\": %llu, "
               "\"differ_only_in_constants\": %llu},\n",
          (unsigned long long)eligible, (unsigned long long)(eligible - exact), (unsigned long long)(exact - constant));
  fprintf(out, "  \"ir_instructions_before\": %llu,\n", (unsigned long long)t.ir_before);
  fprintf(out, "  \"ir_instructions_after_dedupe\": %llu,\n", (unsigned long long)t.ir_linked);
  fprintf(out, "  \"ir_instructions_compiled\": %llu,\n", (unsigned long long)t.ir_compiled);
  fprintf(out, "  \"stage_seconds\": {");
  for (int s = 0; s < UK_NUM_STAGES; s++)
    fprintf(out, "%s\n    \"%s\": %.6f", s ? "," : "", stage_names[s], ctx->stage_seconds[s]);
  fprintf(out, "\n  },\n  \"stage_cpu_seconds\": {");
  for (int s = 0, n = 0; s < UK_NUM_STAGES; s++)
    if (s != UK_STAGE_DEDUPE_OPT && s != UK_STAGE_WRITE) /* within optimize's; after the report */
      fprintf(out, "%s\n    \"%s\": %.6f", n++ ? "," : "", stage_names[s], ctx->stage_cpu_seconds[s]);
  fprintf(out, "\n  },\n  \"total_seconds\": %.6f,\n", ctx->total_seconds);
  fprintf(out, "  \"targets\": [");
  for (uint32_t i = 0; i < ctx->num_tstats; i++) {
    const uk_target_stats *s = &ctx->tstats[i];
    fprintf(out, "%s\n    {\"triple\": ", i ? "," : "");
    json_str(out, s->triple);
    fprintf(out,
            ", \"functions\": %u, \"distinct\": %u, \"merged\": %u, \"merged_after_opt\": %u, "
            "\"merged_with_parameters\": %u, "
            "\"unmergeable\": %u, \"functions_compiled\": %u, \"parts\": %u, \"ukernel_calls_specialized\": %u, "
            "\"ukernels_generated\": %u, \"codegen_seconds\": %.6f",
            s->functions, s->distinct, s->merged, s->merged_after_opt, s->merged_with_params, s->unmergeable,
            s->functions_compiled, s->parts,
            s->ukernel_calls_specialized, s->ukernels_generated, s->codegen_seconds);
    if (s->isel_measured)
      fprintf(out, ", \"isel_seconds\": %.6f, \"isel_seconds_without_dedupe\": %.6f, "
                   "\"codegen_seconds_measured\": %.6f, \"codegen_seconds_without_dedupe\": %.6f",
              s->isel_seconds, s->isel_seconds_without_dedupe, s->codegen_seconds_measured,
              s->codegen_seconds_without_dedupe);
    fputc('}', out);
  }
  fprintf(out, "%s],\n", ctx->num_tstats ? "\n  " : "");
  if (ctx->cache.local.used || ctx->cache.remote.used) json_cache(out, &ctx->cache);
  fprintf(out, "  \"groups\": [");
  for (uint32_t i = 0; i < ctx->num_groups; i++) {
    const uk_group_report *g = &ctx->groups[i];
    fprintf(out, "%s\n    {\"triple\": ", i ? "," : "");
    json_str(out, g->triple);
    fprintf(out, ", \"after_opt\": %s, \"canonical\": ", g->after_opt ? "true" : "false");
    json_str(out, g->canonical);
    fprintf(out, ", \"members\": [");
    for (uint32_t k = 0; k < g->num_members; k++) {
      if (k) fputs(", ", out);
      json_str(out, g->members[k]);
    }
    fprintf(out, "], \"parameters\": %u}", g->num_params);
  }
  fprintf(out, "%s]\n}\n", ctx->num_groups ? "\n  " : "");
}

void uk_write_summary(const uk_context *ctx, FILE *out) {
  totals t = sum(ctx);
  fprintf(out, "uklink: %u inputs, %llu functions: %llu distinct, %llu merged before optimization, "
               "%llu after, %llu unmergeable\n",
          ctx->num_inputs, (unsigned long long)t.functions, (unsigned long long)t.distinct,
          (unsigned long long)t.merged, (unsigned long long)t.merged_after_opt, (unsigned long long)t.unmergeable);
  for (uint32_t i = 0; i < ctx->num_reasons; i++)
    fprintf(out, "uklink:   unmergeable: %u %s\n", ctx->reasons[i].count, ctx->reasons[i].reason);
  if (t.merged_with_params) {
    uint32_t groups = 0;
    for (uint32_t i = 0; i < ctx->num_groups; i++) groups += ctx->groups[i].num_params > 0;
    fprintf(out, "uklink: %llu of the merged are near-duplicates, folded into %u kernels that take their differing "
                 "constants as parameters\n",
            (unsigned long long)t.merged_with_params, groups);
  }
  for (uint32_t i = 0; i < ctx->num_near_reasons; i++)
    fprintf(out, "uklink:   not merged: %u %s\n", ctx->near_reasons[i].count, ctx->near_reasons[i].reason);
  uint64_t eligible = 0, exact = 0, constant = 0;
  for (uint32_t i = 0; i < ctx->num_tstats; i++) {
    eligible += ctx->tstats[i].eligible;
    exact += ctx->tstats[i].exact_classes;
    constant += ctx->tstats[i].constant_classes;
  }
  if (eligible)
    fprintf(out, "uklink: of %llu mergeable functions, %llu are exact duplicates and %llu more differ only in constants\n",
            (unsigned long long)eligible, (unsigned long long)(eligible - exact), (unsigned long long)(exact - constant));
  fprintf(out, "uklink: IR instructions: %llu in the inputs, %llu after dedupe, %llu compiled\n",
          (unsigned long long)t.ir_before, (unsigned long long)t.ir_linked, (unsigned long long)t.ir_compiled);
  for (uint32_t i = 0; i < ctx->num_tstats; i++) {
    const uk_target_stats *s = &ctx->tstats[i];
    fprintf(out,
            "uklink: target %s: %u functions compiled, %u ukernel calls specialized, %u ukernels generated, "
            "codegen %.3f s\n",
            s->triple, s->functions_compiled, s->ukernel_calls_specialized, s->ukernels_generated, s->codegen_seconds);
    if (s->isel_measured)
      fprintf(out, "uklink:   ISel %.3f s (codegen %.3f s); without dedupe ISel %.3f s (codegen %.3f s)\n",
              s->isel_seconds, s->codegen_seconds_measured, s->isel_seconds_without_dedupe,
              s->codegen_seconds_without_dedupe);
  }
  const uk_cache_stats *c = &ctx->cache;
  if (c->local.used || c->remote.used)
    fprintf(out,
            "uklink: cache: %u units; local %llu hits, %llu misses, %llu damaged; remote %llu hits, %llu misses, "
            "%llu damaged; %.3f s in the cache, %.3f s of compilation saved\n",
            c->num_units, (unsigned long long)c->local.hits, (unsigned long long)c->local.misses,
            (unsigned long long)c->local.damaged, (unsigned long long)c->remote.hits,
            (unsigned long long)c->remote.misses, (unsigned long long)c->remote.damaged, c->seconds, c->seconds_saved);
  fprintf(out, "uklink: time:");
  for (int s = 0; s < UK_NUM_STAGES; s++) fprintf(out, " %s %.3f s%s", stage_names[s], ctx->stage_seconds[s], s + 1 < UK_NUM_STAGES ? "," : "");
  fprintf(out, "; total %.3f s\n", ctx->total_seconds);
}

void uk_write_time_trace(const uk_context *ctx, FILE *out) {
  fprintf(out, "{\"traceEvents\": [");
  for (uint32_t i = 0; i < ctx->num_trace; i++) {
    const uk_trace_event *e = &ctx->trace[i];
    fprintf(out, "%s\n  {\"name\": ", i ? "," : "");
    json_str(out, e->name);
    fprintf(out, ", \"cat\": \"uklink\", \"ph\": \"X\", \"pid\": 1, \"tid\": %u, \"ts\": %.1f, \"dur\": %.1f}",
            e->tid, (e->start - ctx->created_at) * 1e6, (e->end - e->start) * 1e6);
  }
  fprintf(out, "%s],\n  \"displayTimeUnit\": \"ms\"}\n", ctx->num_trace ? "\n" : "");
}
