//@ run-fail
// The Book's Listing 20-6: split_at_mut written with raw pointers, beside std's own.
use std::slice;

fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    let ptr = values.as_mut_ptr();

    assert!(mid <= len);

    unsafe {
        (
            slice::from_raw_parts_mut(ptr, mid),
            slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

fn main() {
    let mut vector = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = split_at_mut(&mut vector, 3);
    left[0] = 10;
    right[2] = 60;
    println!("{:?} {:?}", left, right);
    println!("{:?}", vector);

    let r = &mut vector[..];
    let (a, b) = r.split_at_mut(2);
    a[1] += 100;
    b[0] += 1000;
    assert_eq!(a, &mut [10, 102]);
    println!("{:?} {:?}", a, b);
    let (c, d) = vector.split_at(6);
    println!("{:?} {:?}", c, d);
    let (e, f) = vector.split_at(7);
    println!("{:?} {:?}", e, f);
}
