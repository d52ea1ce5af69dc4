// Wrong on purpose: it promises a panic, but the checked subtraction never overflows.
//@ run-fail

fn main() {
    let x: u8 = 3;
    println!("{}", x - 2);
}
