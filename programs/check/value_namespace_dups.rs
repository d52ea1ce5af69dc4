// A const, a fn and a unit or tuple struct (its constructor) share the value namespace: a second item
// of the same name there is E0428, wherever they are declared.
const A: i32 = 3;
struct A; //~ ERROR E0428
struct B(i32);
fn B() {} //~ ERROR E0428
fn main() {}
