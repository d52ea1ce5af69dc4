// Tuple-struct and tuple-variant constructors are functions: they coerce to fn pointers, fill a
// generic `F: Fn` parameter, and go into a `Box<dyn Fn>`, as any fn item does.
#[derive(Debug)]
enum Status {
    Value(u32),
    Pair(String, i8),
    Stop,
}
#[derive(Debug)]
struct Wrap(i64);
fn apply<F: Fn(u32) -> Status>(f: F, x: u32) -> Status {
    f(x)
}
fn main() {
    let f: fn(u32) -> Status = Status::Value;
    println!("{:?} {:?}", f(3), apply(Status::Value, 4));
    let g = Status::Pair;
    println!("{:?}", g(String::from("p"), -1));
    let w: fn(i64) -> Wrap = Wrap;
    println!("{:?} {:?}", w(9), Status::Stop);
    let b: Box<dyn Fn(i64) -> Wrap> = Box::new(Wrap);
    println!("{:?}", b(10));
    let o: Option<fn(u32) -> Status> = Some(Status::Value);
    if let Some(h) = o { println!("{:?}", h(5)); }
    let s = Some;
    println!("{:?}", s(1u8));
}
