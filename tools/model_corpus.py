#!/usr/bin/env python3
"""Helpers of tools/model-corpus.sh; run with the python of its venv
(build/models-venv), which has onnx, torch, transformers and iree-turbine.

  model_corpus.py onnx-shape IN.onnx OUT.onnx DIMS
      Fixes the dynamic dimensions of the model's one input (DIMS, e.g.
      1x3x320x320), so that IREE compiles static-shaped dispatches.
  model_corpus.py export NAME BxS OUT.mlir OUT.irpa
      Builds the transformers model NAME (llama, gpt2, bert or llama-tiny) from a small
      config with random weights (torch.manual_seed(0)), exports its forward
      pass on B sequences of S token ids with iree-turbine, its parameters and buffers kept outside the
      program (scope "model": iree-run-module --parameters=model=OUT.irpa),
      and writes them to OUT.irpa.
  model_corpus.py manifest OUT_DIR REQUIREMENTS < JSON_LINES
      Writes OUT_DIR/manifest.json: the pinned versions, the compile flags,
      each model (one JSON object a line on stdin, from the shell script)
      with the number of its dispatch modules in OUT_DIR/corpus.

No model is downloaded: the ONNX files come from PyPI wheels, the
transformers models are only definitions.
"""
import json
import os
import re
import sys

def onnx_shape(src, dst, dims):
    import onnx
    model = onnx.load(src)
    inits = {i.name for i in model.graph.initializer}
    inputs = [i for i in model.graph.input if i.name not in inits]
    if len(inputs) != 1:
        sys.exit('model_corpus: %s has %d inputs, expected one' % (src, len(inputs)))
    values = [int(d) for d in dims.split('x')]
    shape = inputs[0].type.tensor_type.shape
    if len(shape.dim) != len(values):
        sys.exit('model_corpus: %s: input of rank %d, got %s' % (src, len(shape.dim), dims))
    for dim, value in zip(shape.dim, values):
        if dim.HasField('dim_value') and dim.dim_value > 0 and dim.dim_value != value:
            sys.exit('model_corpus: %s: dimension %d is fixed, got %d' % (src, dim.dim_value, value))
        dim.Clear()
        dim.dim_value = value
    # output dimensions (unknown, rank kept) and value_info are inferred
    # again by the importer
    for out in model.graph.output:
        for dim in out.type.tensor_type.shape.dim:
            dim.Clear()
    del model.graph.value_info[:]
    onnx.save(model, dst)


def transformers_model(name):
    import torch
    import transformers as tf
    torch.manual_seed(0)
    if name == 'llama':
        config = tf.LlamaConfig(vocab_size=1024, hidden_size=256, intermediate_size=688,
                                num_hidden_layers=2, num_attention_heads=8, num_key_value_heads=4,
                                max_position_embeddings=256, use_cache=False)
        model = tf.LlamaForCausalLM(config)
    elif name == 'llama-tiny':  # the round trip's committed sample: small enough for git
        config = tf.LlamaConfig(vocab_size=256, hidden_size=64, intermediate_size=128,
                                num_hidden_layers=1, num_attention_heads=4, num_key_value_heads=2,
                                max_position_embeddings=64, use_cache=False)
        model = tf.LlamaForCausalLM(config)
    elif name == 'gpt2':
        config = tf.GPT2Config(vocab_size=1024, n_positions=256, n_embd=256, n_layer=2, n_head=8,
                               use_cache=False)
        model = tf.GPT2LMHeadModel(config)
    elif name == 'bert':
        config = tf.BertConfig(vocab_size=1024, hidden_size=256, num_hidden_layers=2,
                               num_attention_heads=8, intermediate_size=1024,
                               max_position_embeddings=256, num_labels=4)
        model = tf.BertForSequenceClassification(config)
    else:
        sys.exit('model_corpus: unknown transformers model %s' % name)
    return model.eval(), config


def logits_module(model):
    """The model's forward pass on token ids, returning the logits only."""
    import torch

    class Logits(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids):
            # an explicit all-ones mask: without one, transformers looks for
            # packed sequences with aten.diff, which IREE does not lower
            mask = torch.ones_like(input_ids)
            return self.model(input_ids=input_ids, attention_mask=mask, return_dict=False)[0]
    return Logits().eval()


def export(name, dims, mlir, irpa):
    import torch
    from iree.turbine import aot
    model, config = transformers_model(name)
    wrapped = logits_module(model)
    # parameters and persistent buffers become util.global references to
    # the "model" scope instead of constants inside the program
    aot.externalize_module_parameters(wrapped, external_scope='model')
    batch, seq = (int(d) for d in dims.split('x'))
    ids = torch.randint(0, config.vocab_size, (batch, seq), dtype=torch.int64)
    with torch.no_grad():
        exported = aot.export(wrapped, args=(ids,), strict_export=False)
    exported.save_mlir(mlir)
    aot.save_module_parameters(irpa, wrapped)


def manifest(out_dir, requirements, lines):
    models = [json.loads(line) for line in lines if line.strip()]
    corpus = os.path.join(out_dir, 'corpus')
    total = 0
    for m in models:
        d = os.path.join(corpus, m['name'])
        n = len([f for f in os.listdir(d) if f.endswith('.ll')]) if os.path.isdir(d) else 0
        m['dispatch_modules'] = n
        total += n
        # what a runtime benchmark needs to call the program
        prog = os.path.join(out_dir, 'programs', m['name'] + '.mlir')
        if os.path.exists(prog):
            with open(prog, errors='replace') as f:
                head = f.read(1 << 20)
            fn = re.search(r'func\.func @("[^"]*"|[\w.$-]+)\(', head)
            m['program'] = os.path.relpath(prog, out_dir)
            m['function'] = fn.group(1).strip('"') if fn else None
            irpa = prog[:-len('.mlir')] + '.irpa'
            if os.path.exists(irpa):
                m['parameters'] = 'model=' + os.path.relpath(irpa, out_dir)
    versions = {}
    for line in open(requirements):
        if '==' in line and not line.startswith('#'):
            name, version = line.strip().split('==')
            versions[name] = version
    doc = {'versions': versions, 'flags': open(os.path.join(os.path.dirname(__file__),
                                                             'iree-compile.flags')).read().split(),
           'models': models, 'dispatch_modules': total}
    with open(os.path.join(out_dir, 'manifest.json'), 'w') as f:
        json.dump(doc, f, indent=2)
        f.write('\n')


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == 'onnx-shape' and len(args) == 3:
        onnx_shape(*args)
    elif cmd == 'export' and len(args) == 4:
        export(*args)
    elif cmd == 'manifest' and len(args) == 2:
        manifest(args[0], args[1], sys.stdin.read().splitlines())
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
