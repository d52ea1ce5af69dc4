// Raw pointers are addresses into the same memory as references: create them from references, move them
// with add/offset, read and write through them inside `unsafe`, and turn them into slices.
use std::ptr;
use std::slice;

fn main() {
    let mut num = 5;
    let r1 = &raw const num;
    let r2 = &raw mut num;
    unsafe {
        *r2 += 1;
        println!("r1 is: {}", *r1);
    }

    let mut arr = [10, 20, 30, 40];
    let p = arr.as_mut_ptr();
    unsafe {
        *p.add(2) += 5;
        let q = p.offset(1);
        println!("{} {} {}", *p.add(2), q.read(), ptr::read(q));
        ptr::write(q, 99);
        q.add(1).write(7);
    }
    println!("{:?}", arr);

    let n: *const i32 = ptr::null();
    let m: *mut u8 = ptr::null_mut();
    println!("{} {} {}", n.is_null(), m.is_null(), p.is_null());

    // Through an integer and back: the same address.
    let r: *const i32 = &arr[0];
    let a = r as usize;
    let back = a as *const i32;
    unsafe {
        println!("{}", *back);
    }
    println!("{}", back == r);

    let s = unsafe { slice::from_raw_parts(r, 3) };
    println!("{:?} {}", s, s.len());

    let mut v = vec![1u64, 2, 3];
    let vp = v.as_mut_ptr();
    unsafe {
        *vp.add(1) = 20;
    }
    let first = v.as_ptr();
    println!("{:?} {}", v, unsafe { *first });
    compare();
}

// Comparisons and formatting of raw pointers (`{:?}` prints the address; compared here, not printed).
fn compare() {
    let x = 1;
    let p = &x as *const i32;
    let n: *const i32 = std::ptr::null();
    println!("{} {} {:?}", p == n, p != n, n);
    let s = format!("{:?}", p);
    println!("{}", s.starts_with("0x") && s == format!("{:p}", p));
}
