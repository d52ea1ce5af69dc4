// A let initialised by an if-expression, and let-else with an initializer ending otherwise:
// the else after an if's block belongs to the if (a parse decision made in one token).
#[derive(Debug)]
struct P {
    x: i32,
}

fn pick(c: bool, o: Option<i32>) -> i32 {
    let a = if c { 1 } else { 2 };
    let b = if c { 10 } else if a > 1 { 20 } else { 30 };
    let Some(v) = o else {
        return a + b;
    };
    let Some(w) = (if c { Some(v) } else { None }) else {
        return -v;
    };
    let Some(z) = o.map(|n| if n > 0 { n } else { 0 }) else { return 0; };
    let Ok::<i32, ()>(x) = (if w > 0 { Ok(w + z) } else { Err(()) }) else { return 7; };
    let k = 1 + if c { 2 } else { 3 };
    let r = if let Some(t) = o { t } else { -1 };
    a + b + x + k + r
}

fn main() {
    println!("{}", pick(true, Some(4)));
    println!("{}", pick(false, Some(4)));
    println!("{}", pick(true, None));
    let p = if pick(false, None) > 0 { P { x: 1 } } else { P { x: 2 } };
    println!("{:?}", p);
}
