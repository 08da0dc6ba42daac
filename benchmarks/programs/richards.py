# Richards-style task scheduler: an operating-system kernel simulation with an idle task, a
# worker, two packet handlers and two devices that pass packets through priority-ordered queues.
# Exercises instance attribute reads and writes, method calls on several subclasses
# (polymorphic call sites), linked lists of objects, None checks and small int state machines.
# Should benefit from: LOAD_ATTR / STORE_ATTR (instance, slots of a few shapes), LOAD_METHOD +
# CALL (bound Python methods, polymorphic receivers), COMPARE_OP (int, is None), LOAD_GLOBAL.
import sys

SIZES = {"full": (40, 10000), "tiny": (1, 1000)}  # (rounds, idle task count)

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.buffer = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append this packet to the queue headed by `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    """A task control block; subclasses implement step(packet)."""

    def __init__(self, kernel, ident, priority, queue, suspended):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = suspended and queue is None
        self.next_task = kernel.first
        kernel.first = self
        kernel.table[ident] = self

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        self.waiting = False
        return packet

    def receive(self, packet, sender):
        """A packet arrives; return the task the scheduler should continue with."""
        if self.queue is None:
            self.queue = packet
            packet.link = None
            self.waiting = False
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, count):
        Task.__init__(self, kernel, ident, priority, None, False)
        self.seed = 1
        self.count = count

    def step(self, packet):
        kernel = self.kernel
        self.count -= 1
        if self.count == 0:
            return kernel.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return kernel.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return kernel.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, True)
        self.target = ID_HANDLER_A
        self.letter = 0

    def step(self, packet):
        kernel = self.kernel
        if packet is None:
            return kernel.wait()
        self.target = ID_HANDLER_B if self.target == ID_HANDLER_A else ID_HANDLER_A
        packet.dest = self.target
        packet.count = 0
        buf = packet.buffer
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            buf[i] = self.letter
        return kernel.send(packet, self.target)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def step(self, packet):
        kernel = self.kernel
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            pos = work.count
            if pos < BUFFER_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.count = work.buffer[pos]
                    work.count = pos + 1
                    return kernel.send(device, device.dest)
            else:
                self.work = work.link
                return kernel.send(work, ID_WORKER)
        return kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        kernel = self.kernel
        if packet is None:
            pending = self.pending
            if pending is None:
                return kernel.wait()
            self.pending = None
            return kernel.send(pending, ID_HANDLER_A if self.ident == ID_DEVICE_A else ID_HANDLER_B)
        self.pending = packet
        kernel.out_sum = (kernel.out_sum * 31 + packet.count) & 0xFFFFFFFF
        return kernel.hold_self()


class Kernel:
    def __init__(self):
        self.first = None
        self.table = [None] * NUM_TASKS
        self.current = None
        self.sends = 0
        self.holds = 0
        self.out_sum = 0

    def find(self, ident):
        return self.table[ident]

    def hold_self(self):
        self.holds += 1
        current = self.current
        current.held = True
        return current.next_task

    def release(self, ident):
        task = self.find(ident)
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet, ident):
        self.sends += 1
        packet.link = None
        target = self.find(ident)
        current = self.current
        packet.dest = current.ident
        return target.receive(packet, current)

    def run(self):
        task = self.first
        while task is not None:
            if task.runnable():
                self.current = task
                packet = None
                if task.queue is not None:
                    packet = task.take_packet()
                task = task.step(packet)
            else:
                task = task.next_task


def simulate(idle_count):
    kernel = Kernel()
    IdleTask(kernel, ID_IDLE, 0, idle_count)

    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkerTask(kernel, ID_WORKER, 1000, queue)

    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    HandlerTask(kernel, ID_HANDLER_A, 2000, queue)

    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    HandlerTask(kernel, ID_HANDLER_B, 3000, queue)

    DeviceTask(kernel, ID_DEVICE_A, 4000)
    DeviceTask(kernel, ID_DEVICE_B, 5000)

    kernel.run()
    return kernel.sends, kernel.holds, kernel.out_sum


def main():
    rounds, idle_count = SIZES[sys.argv[1] if len(sys.argv) > 1 else "full"]
    total = 0
    for r in range(rounds):
        sends, holds, out_sum = simulate(idle_count)
        total = (total * 1000003 + sends * 7 + holds * 13 + out_sum) & 0xFFFFFFFFFFFF
    print("sends %d holds %d per round" % (sends, holds))
    print("checksum:", total)


main()
