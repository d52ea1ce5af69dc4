//@ check-fail
// A std function rustle does not know is rustle's gap, said as such: not E0425 "cannot find".
fn main() {
    let t = std::time::Instant::now(); //~ ERROR `std::time::Instant::now` is not supported by rustle yet
    std::thread::yield_now(); //~ ERROR `std::thread::yield_now` is not supported by rustle yet
}
