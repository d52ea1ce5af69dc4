// #[derive(Default)] on an enum makes its #[default] unit variant (rustle said E0599 for
// Mode::default()); a derived struct holding such enums, and Option/Result::unwrap_or_default of a
// derived or hand-written Default (an internal error before: only std's defaults were known there).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Mode {
    Fast,
    #[default]
    Normal,
    Slow,
}
#[derive(Debug, Default)]
enum Shape {
    #[default]
    Empty,
    Circle(f64),
}
#[derive(Debug, Default)]
struct Settings {
    mode: Mode,
    shape: Shape,
    modes: Vec<Mode>,
    pair: (Mode, u8),
    arr: [Mode; 2],
}
#[derive(Debug)]
struct Hand(u8);
impl Default for Hand {
    fn default() -> Self {
        println!("making Hand");
        Hand(9)
    }
}
fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    let m: Mode = Default::default();
    println!("{:?} {}", m, m == Mode::Normal);
    let o: Option<Mode> = None;
    println!("{:?}", o.unwrap_or_default());
    let h: Option<Hand> = None;
    println!("{:?}", h.unwrap_or_default());
    let r: Result<Hand, String> = Err("e".to_string());
    println!("{:?}", r.unwrap_or_default());
    let c = Shape::Circle(1.5);
    if let Shape::Circle(r) = c {
        println!("{} {:?} {:?}", r, Mode::Fast, Mode::Slow);
    }
}
