// The bound's signature must fit what the adapter calls: `Fn(u8) -> u8` for items of type i32 is E0277.
fn apply<F: Fn(u8) -> u8>(v: Vec<i32>, f: F) -> Vec<u8> {
    v.into_iter().map(f).collect() //~ ERROR E0277
}

fn main() {
    println!("{:?}", apply(vec![1], |x| x));
}
