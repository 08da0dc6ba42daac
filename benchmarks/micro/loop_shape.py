#!/usr/bin/env python3
"""Program-thread CPU of the loop-shape probes under several builds, interleaved.

usage: loop_shape.py [--rounds N] [--jar PATH]

Runs each probe in this directory under the generic build (--no-specialize), the default build,
and builds that differ in one thing, taking turns, and prints the median, lowest and highest CPU
time of the program thread (`specula-main`, read from /proc every 30 ms; Linux only). The JVM
flags are the launcher's, without the CDS archive. See docs/performance.md, "Specialization,
third round", for what these runs showed. Not a speed claim of the project: those come from
benchmarks/run.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
JVM = ['java', '-XX:+UseSerialGC', '-XX:-DontCompileHugeMethods', '-XX:-TieredCompilation', '-Xss8m']
CASES = [
    ('locals_while', 'generic', ['--no-specialize']),
    ('locals_while', 'default', []),
    ('locals_while', 'counting only', ['-X', 'warmup=100000000']),
    ('locals_for_range', 'generic', ['--no-specialize']),
    ('locals_for_range', 'default', []),
    ('locals_for_range', 'iter only', ['-X', 'specializers=iter']),
]
TICKS = os.sysconf('SC_CLK_TCK')


def program_thread_cpu(command):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    cpu = {}
    while process.poll() is None:
        try:
            for tid in os.listdir(f'/proc/{process.pid}/task'):
                try:
                    stat = open(f'/proc/{process.pid}/task/{tid}/stat').read()
                except OSError:
                    continue
                name = stat[stat.index('(') + 1:stat.rindex(')')]
                fields = stat[stat.rindex(')') + 2:].split()
                if name.startswith('specula-main'):
                    cpu[tid] = (int(fields[11]) + int(fields[12])) / TICKS
        except OSError:
            pass
        time.sleep(0.03)
    if process.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()[-2000:]}")
    return sum(cpu.values())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--rounds', type=int, default=5)
    parser.add_argument('--jar', default=os.path.join(HERE, '..', '..', 'vm-cli', 'target', 'specula.jar'))
    args = parser.parse_args()
    times = {}
    for _ in range(args.rounds):
        for probe, build, options in CASES:
            command = JVM + ['-jar', args.jar] + options + [os.path.join(HERE, probe + '.py')]
            times.setdefault((probe, build), []).append(program_thread_cpu(command))
    print(f"{'probe':18s}{'build':16s}{'median':>8s}{'lowest':>8s}{'highest':>8s}   (program-thread CPU, s)")
    for (probe, build), values in times.items():
        print(f"{probe:18s}{build:16s}{statistics.median(values):8.2f}{min(values):8.2f}{max(values):8.2f}")


if __name__ == '__main__':
    main()
