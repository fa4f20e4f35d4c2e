// The Rust peers of bench/chan/channel_bench.cpp: crossbeam-channel and flume in the same
// scenarios (a message is one i64; messages() per run; REPEATS runs). Prints
// "<peer> <scenario> <flavor> <ns per message>..." lines, one figure per run, for
// bench/chan/compare.py. Arguments, if given, name the only scenarios to run, each as its line
// starts (e.g. "crossbeam spsc unbounded"): compare.py's extra rounds of the target rows.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Instant;

const THREADS: usize = 4;

// Messages per run and runs per scenario: 200,000 and 5, or what compare.py's long shape sets
// through MEDI_BENCH_MESSAGES and MEDI_BENCH_RUNS (the first run then warms up).
static MESSAGES: AtomicUsize = AtomicUsize::new(200_000);
static REPEATS: AtomicUsize = AtomicUsize::new(5);

fn messages() -> usize {
    MESSAGES.load(Ordering::Relaxed)
}

fn set_from_env(setting: &AtomicUsize, name: &str) {
    if let Some(value) = std::env::var(name).ok().and_then(|v| v.parse::<usize>().ok()) {
        if value > 0 {
            setting.store(value, Ordering::Relaxed);
        }
    }
}

/// Whether the scenario labelled `label` is to run (see the file comment). The bounded1024
/// scenarios (compare.py's long shape) run only when named.
fn wanted(label: &str) -> bool {
    let mut named = std::env::args().skip(1).peekable();
    (named.peek().is_none() && !label.ends_with("bounded1024")) || named.any(|name| name == label)
}

/// Times the runs and formats each one's ns per message.
fn runs<F: FnMut()>(mut run: F) -> String {
    let mut figures = String::new();
    for _ in 0..REPEATS.load(Ordering::Relaxed) {
        let start = Instant::now();
        run();
        figures += &format!(" {:.1}", start.elapsed().as_nanos() as f64 / messages() as f64);
    }
    figures
}

macro_rules! suite {
    ($peer:expr, $bounded:expr, $unbounded:expr) => {{
        let flavors: Vec<(&str, Option<usize>)> =
            vec![("bounded0", Some(0)), ("bounded1", Some(1)), ("bounded1000", Some(1000)), ("bounded1024", Some(1024)), ("unbounded", None)];
        for (name, cap) in flavors {
            let make = || match cap { Some(c) => $bounded(c), None => $unbounded() };
            if cap != Some(0) && cap != Some(1) && wanted(&format!("{} seq {}", $peer, name)) {
                let ns = runs(|| {
                    let (tx, rx) = match cap { Some(_) => $bounded(messages()), None => $unbounded() };
                    for i in 0..messages() { tx.send(i as i64).unwrap(); }
                    for _ in 0..messages() { rx.recv().unwrap(); }
                });
                println!("{} seq {}{}", $peer, name, ns);
            }
            for (scenario, senders, receivers) in [("spsc", 1, 1), ("mpsc", THREADS, 1), ("mpmc", THREADS, THREADS)] {
                if !wanted(&format!("{} {} {}", $peer, scenario, name)) {
                    continue;
                }
                let ns = runs(|| {
                    let (tx, rx) = make();
                    thread::scope(|s| {
                        for k in 0..senders {
                            let tx = tx.clone();
                            s.spawn(move || { let mut i = k; while i < messages() { tx.send(i as i64).unwrap(); i += senders; } });
                        }
                        for k in 0..receivers {
                            let rx = rx.clone();
                            s.spawn(move || { let mut i = k; while i < messages() { rx.recv().unwrap(); i += receivers; } });
                        }
                    });
                });
                println!("{} {} {}{}", $peer, scenario, name, ns);
            }
        }
        // Ping-pong between two threads over rendezvous channels (ns per round trip).
        if wanted(&format!("{} ping_pong_threads bounded0", $peer)) {
            let ns = runs(|| {
                let (ping_tx, ping_rx) = $bounded(0);
                let (pong_tx, pong_rx) = $bounded(0);
                thread::scope(|s| {
                    s.spawn(move || { while let Ok(v) = ping_rx.recv() { if pong_tx.send(v).is_err() { return; } } });
                    for i in 0..messages() { ping_tx.send(i as i64).unwrap(); pong_rx.recv().unwrap(); }
                    drop(ping_tx);
                });
            });
            println!("{} ping_pong_threads bounded0{}", $peer, ns);
        }
    }};
}

fn main() {
    set_from_env(&MESSAGES, "MEDI_BENCH_MESSAGES");
    set_from_env(&REPEATS, "MEDI_BENCH_RUNS");
    suite!("crossbeam", crossbeam_channel::bounded::<i64>, crossbeam_channel::unbounded::<i64>);
    suite!("flume", flume::bounded::<i64>, flume::unbounded::<i64>);
}
