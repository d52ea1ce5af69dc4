// A cast to the type the operand already has is a trivial cast: rustc allows it (a lint at most),
// for any type, also once the operand's literals get their types (`v as Vec<i32>`).
#[derive(Debug, Clone, Copy)]
struct P(u8);

fn same<T>(t: T) -> T {
    t as T
}

fn main() {
    let x: Result<u8, ()> = Ok(3);
    let y = x as Result<u8, ()>;
    let p = P(1) as P;
    let v = vec![1, 2] as Vec<i32>;
    let r = &v as &Vec<i32>;
    let o = Some("a") as Option<&str>;
    let t = (1, 2.5) as (i32, f64);
    let a = [1u8; 2] as [u8; 2];
    let e = Ok(4) as Result<i32, ()>;
    println!("{:?} {:?} {:?} {:?} {:?} {:?} {:?} {}", y, p, r, o, t, a, e, same(5));
}
