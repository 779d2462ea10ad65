import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { tankFactory } from '../../../testing/factories';
import { Tank } from '../../shared/tanks/tank';
import { ProfileService } from './profile.service';
import { SELECTED_TANK_KEY, TankSelection } from './tank-selection.service';

describe('TankSelection', () => {
  const tanks = signal<readonly Tank[]>([]);
  const reef = tankFactory({ tankId: 'reef', name: 'Display reef' });
  const frag = tankFactory({ tankId: 'frag', name: 'Frag tank' });

  function createSut(): TankSelection {
    TestBed.configureTestingModule({
      providers: [{ provide: ProfileService, useValue: { tanks } }],
    });
    return TestBed.inject(TankSelection);
  }

  beforeEach(() => {
    localStorage.clear();
    tanks.set([reef, frag]);
  });

  it('starts on the first tank when none was chosen before', () => {
    expect(createSut().selectedTank()).toEqual(reef);
  });

  it('remembers the chosen tank for the next visit', () => {
    createSut().select('frag');

    expect(localStorage.getItem(SELECTED_TANK_KEY)).toBe('frag');
    TestBed.resetTestingModule();
    expect(createSut().selectedTankId()).toBe('frag');
  });

  it('falls back to the first tank when the remembered one is gone', () => {
    localStorage.setItem(SELECTED_TANK_KEY, 'sold-tank');

    expect(createSut().selectedTankId()).toBe('reef');
  });

  it('has no selection while the keeper has no tanks', () => {
    tanks.set([]);

    expect(createSut().selectedTank()).toBeNull();
  });
});
