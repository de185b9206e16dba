; Symbol names are bytes, and not always UTF-8; the report is JSON, which is
; UTF-8 text. A byte that is not part of well-formed UTF-8 is written as
; \u00XX (the character with the byte's value), as are control characters;
; well-formed multi-byte characters pass as they are. The report must be
; read by a strict JSON reader.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: %python %S/Inputs/strict_json.py %t.json | FileCheck %s
; RUN: FileCheck --check-prefix=RAW %s < %t.json
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --time-trace %t.trace.json
; RUN: %python -c "import json,sys; json.loads(open(sys.argv[1],'rb').read().decode('utf-8','strict'))" %t.trace.json

; Members are "path:symbol", in the order of their names' bytes.
; CHECK: canonical '\x01ctl'
; CHECK-NEXT: member '{{.*}}:\x01ctl'
; a lead byte without its continuation
; CHECK-NEXT: member '{{.*}}:b\xc3('
; well-formed: passes as it is
; CHECK-NEXT: member '{{.*}}:caf\xe9'
; an overlong form of '/'
; CHECK-NEXT: member '{{.*}}:over\xc0\xaf'
; a surrogate (UTF-16's, never in UTF-8)
; CHECK-NEXT: member '{{.*}}:sur\xed\xa0\x80'
; a sequence cut short by the end of the name
; CHECK-NEXT: member '{{.*}}:tail\xe2\x82'
; a lone byte FF
; CHECK-NEXT: member '{{.*}}:\xffa'
; CHECK-NOT: member
; RAW: "canonical": "\u0001ctl", "members": ["{{[^"]*}}:\u0001ctl", "{{[^"]*}}:b\u00c3(", "{{[^"]*}}:café", "{{[^"]*}}:over\u00c0\u00af", "{{[^"]*}}:sur\u00ed\u00a0\u0080", "{{[^"]*}}:tail\u00e2\u0082", "{{[^"]*}}:\u00ffa"]

define i32 @"\FFa"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 7
  ret i32 %r
}
define i32 @"b\C3("(i32 %x) unnamed_addr {
  %r = mul i32 %x, 7
  ret i32 %r
}
define i32 @"caf\C3\A9"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 7
  ret i32 %r
}
define i32 @"over\C0\AF"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 7
  ret i32 %r
}
define i32 @"sur\ED\A0\80"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 7
  ret i32 %r
}
define i32 @"tail\E2\82"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 7
  ret i32 %r
}
define i32 @"\01ctl"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 7
  ret i32 %r
}
