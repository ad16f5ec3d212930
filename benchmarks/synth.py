"""A synthetic gazette corpus built from the seeds, for benchmarks.

Each synthetic issue is a seed with its years shifted, its document serial numbers,
issue numbers and person names varied, so that documents, officials and citations differ
between issues while the layout stays real.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import regex

from gazette_kg.paths import seeds_dir

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉力云峰成林波宁飞鹏志红亮新海春玲俊宇"
_DOC_NUMBER = regex.compile(r"(?P<code>\p{Han}{1,8})(?P<o>[〔\[［(（【﹝])(?P<y>20\d\d)(?P<c>[〕\]］)）】﹞])(?P<n>\d{1,4})号")
_YEAR = regex.compile(r"(?<!\d)(20\d\d)(?=\s*年)")
_ISSUE_NUMBER = regex.compile(r"(?<=年\s*)第\s*[\d\-—–]+\s*期")
_PERSON = regex.compile(r"(?P<name>\p{Han}{2,3})(?=同志)")


def _name(rnd: random.Random) -> str:
    return rnd.choice(_SURNAMES) + "".join(rnd.choice(_GIVEN) for _ in range(rnd.randint(1, 2)))


def synthesise(text: str, index: int, rnd: random.Random) -> str:
    shift = index % 6
    offset = (index * 37) % 9000  # distinct for every index below 9000, and serials stay realistic
    text = _DOC_NUMBER.sub(lambda m: f"{m['code']}{m['o']}{int(m['y']) + shift}{m['c']}{int(m['n']) + offset}号", text)
    text = _YEAR.sub(lambda m: str(int(m[1]) + shift), text)
    text = _ISSUE_NUMBER.sub(f"第{index + 1}期", text)  # every synthetic issue is an issue of its own
    names: dict[str, str] = {}
    return _PERSON.sub(lambda m: names.setdefault(m["name"], _name(rnd)), text)


# Every BLOCK issues the serial offsets and the names start again from a new random seed, so
# serials stay at four digits (as the patterns above read them) however large the corpus;
# blocks restate each other's document numbers, as documents republished in later issues.
BLOCK = 250
_MASTHEAD_ISSUE = regex.compile(r"(20\d\d\s*年\s*第\s*)[\d\-－—]+(\s*期)")


def generate_corpus(n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic issues into ``out_dir``; return their paths. Every issue's
    masthead carries its own number, so no two files are the same gazette issue."""
    sources = sorted(seeds_dir().glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(n):
        if index % BLOCK == 0:
            rnd = random.Random(seed + index // BLOCK)
        text = synthesise(texts[index % len(texts)], index % BLOCK, rnd)
        text = _MASTHEAD_ISSUE.sub(lambda m: f"{m[1]}{index + 1}{m[2]}", text, count=1)
        path = out_dir / f"synthetic_{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(f"wrote {len(generate_corpus(args.n, args.out_dir, args.seed))} issues to {args.out_dir}")


if __name__ == "__main__":
    main()
