; Twins in two modules whose private table, helper and values have other
; names merge into one body; both public names stay, as aliases of it.
; RUN: %uklink %S/Inputs/twin-a.ll %S/Inputs/twin-b.ll -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck --check-prefix=REPORT %s < %t.json
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; REPORT: "functions": 4,
; REPORT-NEXT: "distinct": 2,
; REPORT-NEXT: "merged": 2,
; REPORT-DAG: "canonical": "dispatch_a", "members": ["{{.*}}twin-a.ll:dispatch_a", "{{.*}}twin-b.ll:dispatch_b"]
; REPORT-DAG: "canonical": "scale_a", "members": ["{{.*}}twin-a.ll:scale_a", "{{.*}}twin-b.ll:scale_b"]
; IR-DAG: @dispatch_a = unnamed_addr alias float (ptr, i64), ptr @[[K:dispatch_a.uk.[0-9a-f]+]]
; IR-DAG: @dispatch_b = unnamed_addr alias float (ptr, i64), ptr @[[K]]
; IR-DAG: define internal float @[[K]](
; IR-NOT: @table_b
; IR-NOT: @scale_b
