// Drop flags in loops and reused frames: a local moved on some iterations only, a local initialised
// later on some paths, moves out of a loop's locals by `continue`/`break`, match arms and if-let /
// while-let bindings moved on some rounds, and a frame that reuses stack bytes a previous call filled
// with non-zero data (a scope's flags are cleared once, when its function is entered).
struct D(u32);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(d: D) {
    println!("consume {}", d.0);
}

fn make(n: u32) -> Option<D> {
    if n % 3 == 0 { None } else { Some(D(n)) }
}

// Writes non-zero bytes over the part of the stack the next call's frame will use.
fn scribble() -> u64 {
    let a = [0xffu8; 96];
    let b = [0x01u64; 12];
    let mut s = 0u64;
    for x in a.iter() { s += *x as u64; }
    for x in b.iter() { s += *x; }
    s
}

fn conditional(n: u32) -> u32 {
    let late: D;
    let early = D(100 + n);
    if n % 2 == 0 {
        late = D(200 + n);
        println!("late set {}", late.0);
    }
    if n % 3 == 0 {
        consume(early);
    }
    n
}

fn main() {
    for i in 0..4 {
        let d = D(i);
        if i % 2 == 0 {
            consume(d);
        }
        println!("end of round {}", i);
    }
    let mut kept = Vec::new();
    for i in 10..16 {
        let d = D(i);
        let e = D(i + 100);
        if i == 11 {
            kept.push(d);
            continue;
        }
        if i == 13 {
            consume(e);
            continue;
        }
        if i == 14 {
            kept.push(e);
            break;
        }
        println!("round {} ends", i);
    }
    println!("kept {}", kept.len());
    for n in 0..5 {
        let o = make(n);
        match o {
            Some(ref d) if d.0 == 2 => println!("two {}", d.0),
            Some(d) => println!("odd {}", d.0),
            None => println!("none at {}", n),
        }
        if let Some(d) = make(n + 10) {
            if d.0 == 11 {
                consume(d);
            }
        }
    }
    let mut n = 0;
    while let Some(d) = make(n + 20) {
        n += 1;
        if d.0 == 22 {
            kept.push(d);
        }
    }
    for k in 0..3 {
        println!("scribbled {}", scribble());
        println!("conditional {}", conditional(k * 3));
    }
    println!("done {}", kept.len());
}
