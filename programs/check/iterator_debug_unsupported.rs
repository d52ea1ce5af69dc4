// std's iterators are Debug; rustle shows only some adapters and names the others unsupported (they
// were a false E0277). std's StepBy over an unsigned range keeps a count of steps in the range's end.
fn main() {
    let v = vec![1, 2, 3];
    println!("{:?}", v.iter()); //~ ERROR Debug of `Iter<{integer}>` is not supported by rustle yet
    println!("{:?}", "ab".chars().rev()); //~ ERROR Debug of `Chars` is not supported by rustle yet
    println!("{:?}", (0u32..10).step_by(3)); //~ ERROR Debug of `StepBy<Range<u32>>` is not supported by rustle yet
    println!("{:?}", (0i32..10).step_by(3));
}
