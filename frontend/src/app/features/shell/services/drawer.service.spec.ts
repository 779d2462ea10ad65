import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DrawerService } from './drawer.service';

@Component({ template: '' })
class Panel {}

describe('DrawerService', () => {
  it('tells the content when it leaves, closed or replaced, once', () => {
    const sut = TestBed.inject(DrawerService);
    const first = vi.fn();
    const second = vi.fn();

    sut.open({ title: 'First', component: Panel, onClosed: first });
    sut.open({ title: 'Second', component: Panel, onClosed: second });
    sut.close();
    sut.close();

    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(sut.content()).toBeNull();
  });
});
